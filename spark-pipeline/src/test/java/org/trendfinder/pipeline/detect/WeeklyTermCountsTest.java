package org.trendfinder.pipeline.detect;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.trendfinder.pipeline.SparkTestSession;

class WeeklyTermCountsTest {

    @Test
    void countsProjectsNotOccurrencesAndIgnoresDataAfterTheRunDate() {
        Dataset<Row> projects = new TestProjects()
                // week of Monday 2021-03-01: robot twice in one project counts once; plural folds in
                .add("p1", "t1", "s1", LocalDate.of(2021, 3, 1), "Robot kit", "robot arm")
                .add("p2", "t2", "s2", LocalDate.of(2021, 3, 3), "Robots")
                .add("p3", "t3", "s3", LocalDate.of(2021, 3, 7), "glue sticks")
                // week of 2021-03-08
                .add("p4", "t4", "s4", LocalDate.of(2021, 3, 9), "robot")
                // after the run date 2021-03-14: ignored
                .add("p5", "t5", "s5", LocalDate.of(2021, 3, 15), "robot")
                .add("p6", "t6", "s6", LocalDate.of(2021, 3, 20), "robot kit")
                .dataset();
        Dataset<Row> actual = WeeklyTermCounts.of(projects, List.of("robot", "robot kit"),
                DetectionParams.defaults(), LocalDate.of(2021, 3, 14));
        Dataset<Row> expected = SparkTestSession.get().createDataFrame(List.of(
                RowFactory.create(Date.valueOf("2021-03-01"), "robot", 2L, 3L),
                RowFactory.create(Date.valueOf("2021-03-01"), "robot kit", 1L, 3L),
                RowFactory.create(Date.valueOf("2021-03-08"), "robot", 1L, 1L),
                RowFactory.create(Date.valueOf("2021-03-08"), "robot kit", 0L, 1L)), WeeklyTermCounts.SCHEMA);
        SparkTestSession.assertDataFrameEquals(expected, actual);
    }
}
