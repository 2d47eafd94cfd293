package org.trendfinder.pipeline.detect;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.trendfinder.pipeline.SparkTestSession;
import org.trendfinder.pipeline.input.ProjectColumns;

/** Builds tiny normalized-project Datasets (the columns the detector reads) for tests. */
final class TestProjects {

    static final StructType SCHEMA = new StructType()
            .add(ProjectColumns.PROJECT_ID, DataTypes.StringType, false)
            .add(ProjectColumns.TEACHER_ID, DataTypes.StringType, false)
            .add(ProjectColumns.SCHOOL_ID, DataTypes.StringType, false)
            .add(ProjectColumns.POSTED_DATE, DataTypes.DateType, false)
            .add(ProjectColumns.TITLE, DataTypes.StringType, true)
            .add(ProjectColumns.ESSAY, DataTypes.StringType, true)
            .add(ProjectColumns.RESOURCE_ITEMS, DataTypes.StringType, true);

    private final List<Row> rows = new ArrayList<>();

    /** Adds a project whose resource items are {@code items} (one item per line). */
    TestProjects add(String id, String teacher, String school, LocalDate posted, String... items) {
        rows.add(RowFactory.create(id, teacher, school, Date.valueOf(posted), null, null, String.join("\n", items)));
        return this;
    }

    TestProjects addWithText(String id, LocalDate posted, String title, String essay, String resources) {
        rows.add(RowFactory.create(id, "t-" + id, "s-" + id, Date.valueOf(posted), title, essay, resources));
        return this;
    }

    int size() {
        return rows.size();
    }

    Dataset<Row> dataset() {
        return SparkTestSession.get().createDataFrame(rows, SCHEMA).repartition(2);
    }
}
