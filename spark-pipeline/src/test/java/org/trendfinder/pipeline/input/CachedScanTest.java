package org.trendfinder.pipeline.input;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.junit.jupiter.api.Test;
import org.trendfinder.pipeline.SparkTestSession;

class CachedScanTest {

    @Test
    void readsTheCachedRowsThroughAOneLeafPlanWithoutComputingThemAgain() {
        SparkSession spark = SparkTestSession.get();
        LongAccumulator computed = spark.sparkContext().longAccumulator("computed");
        UserDefinedFunction counted = udf((Long id) -> {
            computed.add(1);
            return id * 10;
        }, DataTypes.LongType).asNondeterministic();
        Dataset<Row> left = spark.range(0, 50).withColumn("tens", counted.apply(col("id")));
        Dataset<Row> right = spark.range(0, 50).withColumn("half", col("id").divide(2));
        Dataset<Row> persisted = left.join(right, "id").filter(col("id").mod(2).equalTo(0))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            assertThat(persisted.count()).isEqualTo(25);
            long afterCaching = computed.value();

            Dataset<Row> scan = CachedScan.of(spark, persisted);

            assertThat(scan.queryExecution().logical().children().isEmpty()).isTrue();
            assertThat(scan.schema()).isEqualTo(persisted.schema());
            SparkTestSession.assertDataFrameEquals(persisted.orderBy("id"), scan.orderBy("id"));
            assertThat(scan.filter(col("tens").gt(200)).count()).isEqualTo(14);
            assertThat(computed.value()).isEqualTo(afterCaching);
        } finally {
            persisted.unpersist(true);
        }
    }
}
