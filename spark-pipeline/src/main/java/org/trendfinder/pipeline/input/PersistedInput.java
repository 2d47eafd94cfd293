package org.trendfinder.pipeline.input;

import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What every input variant holds the same way: its good projects, and the tagged copies it persisted so that
 * counts, samples and good rows are all derived from one parse, released together by {@link #close()}.
 */
abstract sealed class PersistedInput implements RawInput permits NormalizedProjects, ScreeningProjects {

    private final Dataset<Row> projects;
    private final List<Dataset<Row>> persisted;

    PersistedInput(Dataset<Row> projects, List<Dataset<Row>> persisted) {
        this.projects = projects;
        this.persisted = persisted;
    }

    /** The good projects, exactly the output columns. */
    @Override
    public final Dataset<Row> projects() {
        return projects;
    }

    @Override
    public final void close() {
        persisted.forEach(d -> d.unpersist(false));
    }
}
