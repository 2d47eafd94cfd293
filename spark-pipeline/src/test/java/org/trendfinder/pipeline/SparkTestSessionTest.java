package org.trendfinder.pipeline;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class SparkTestSessionTest {

    @Test
    void comparesDataFramesWithSparkTestingBase() {
        Dataset<Row> a = SparkTestSession.get().createDataset(List.of(1L, 2L, 3L), Encoders.LONG()).toDF("n");
        Dataset<Row> b = SparkTestSession.get().createDataset(List.of(1L, 2L, 3L), Encoders.LONG()).toDF("n");
        Dataset<Row> c = SparkTestSession.get().createDataset(List.of(1L, 2L, 4L), Encoders.LONG()).toDF("n");
        SparkTestSession.assertDataFrameEquals(a, b);
        assertThatThrownBy(() -> SparkTestSession.assertDataFrameEquals(a, c)).isInstanceOf(Throwable.class);
    }
}
