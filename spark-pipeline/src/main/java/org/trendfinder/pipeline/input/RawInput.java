package org.trendfinder.pipeline.input;

import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** A raw input folder planned into normalized projects: the 2018 DonorsChoose files or another public variant. */
public interface RawInput extends AutoCloseable {
    /** The good projects, exactly {@link NormalizedProjects#outputColumns} (plus present school flags). */
    Dataset<Row> projects();

    /** Counts and samples of every file read. */
    InputReport report();

    /**
     * What this variant's files do not carry, one note each (e.g. "poverty_level: unavailable ..."): the
     * columns concerned hold unknown values, never invented ones.
     */
    List<String> unavailable();

    /** Plots this variant cannot feed (every category unknown): a run leaves them out, with a note. */
    default java.util.Set<org.trendfinder.store.Plot> unavailablePlots() {
        return java.util.Set.of();
    }

    /** Releases the cached intermediate copies. */
    @Override
    void close();
}
