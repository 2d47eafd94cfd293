package org.trendfinder.pipeline.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trendfinder.pipeline.analysis.TestProjects.P;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.trendfinder.pipeline.SparkTestSession;
import org.trendfinder.pipeline.input.ProjectColumns;

class MedianCostsTest {

    @Test
    void exactMedianCostPerSlugAndMonthCut() {
        // up to the run date, March has two costs (100, 200): their mean, not one of them
        MedianCosts costs = MedianCosts.collect(Stacks.stacked(List.of(P.of("a1", "2020-03-05").cost(100),
                P.of("a2", "2020-03-06").cost(200), P.of("a3", "2020-03-20").cost(600)),
                Map.of("t", List.of("a3")), "2020-03-10"));
        MonthCut whole = new MonthCut(YearMonth.of(2020, 3), RunCalendar.FULL);
        MonthCut upToRun = new MonthCut(YearMonth.of(2020, 3), 0);
        assertThat(costs.bySlug().get("*")).containsOnly(Map.entry(whole, 200.0), Map.entry(upToRun, 150.0));
        assertThat(costs.bySlug().get("t")).containsOnly(Map.entry(whole, 600.0));
    }

    @Test
    void theMeanOfTheTwoMiddleCostsKeepsItsCentsWithoutTheBinaryRemainder() {
        // 29.35 + 2494.49 is 2523.8399999999997 in binary floating point; halved, it would print as 1261.9199999999998
        MedianCosts costs = MedianCosts.collect(Stacks.stacked(List.of(P.of("a1", "2020-03-05").cost(29.35),
                P.of("a2", "2020-03-06").cost(2494.49), P.of("a3", "2020-04-01").cost(0.01),
                P.of("a4", "2020-04-02").cost(0.02)), Map.of(), "2020-05-10"));
        assertThat(costs.bySlug().get("*"))
                .containsEntry(new MonthCut(YearMonth.of(2020, 3), RunCalendar.FULL), 1261.92)
                .containsEntry(new MonthCut(YearMonth.of(2020, 4), RunCalendar.FULL), 0.015);
    }

    @Test
    void theMedianDoesNotDependOnPartitioning() {
        // More costs than an approximate sketch keeps exactly, so an approximate median could differ by layout.
        SparkSession spark = SparkTestSession.get();
        Random random = new Random(11);
        List<Row> rows = new ArrayList<>();
        double[] costs = new double[40_000];
        for (int i = 0; i < costs.length; i++) {
            costs[i] = Math.round(random.nextDouble() * 100_000) / 100.0;
            rows.add(RowFactory.create("*", "2020-03", new int[] {RunCalendar.FULL}, costs[i]));
        }
        Arrays.sort(costs);
        double exact = Math.round((costs[costs.length / 2 - 1] + costs[costs.length / 2]) / 2 * 1000) / 1000.0;
        StructType schema = new StructType()
                .add(ProjectStack.SLUG, DataTypes.StringType).add(ProjectStack.MONTH, DataTypes.StringType)
                .add(ProjectStack.CUTS, DataTypes.createArrayType(DataTypes.IntegerType))
                .add(ProjectColumns.COST, DataTypes.DoubleType);
        Dataset<Row> stacked = spark.createDataFrame(rows, schema);
        MonthCut whole = new MonthCut(YearMonth.of(2020, 3), RunCalendar.FULL);
        for (int partitions : new int[] {1, 7}) {
            MedianCosts costsByLayout = MedianCosts.collect(stacked.repartition(partitions));
            assertThat(costsByLayout.bySlug().get("*").get(whole)).as("%d partitions", partitions).isEqualTo(exact);
        }
    }
}
