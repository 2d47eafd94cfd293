package org.trendfinder.pipeline.analysis;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.percentile;
import static org.apache.spark.sql.functions.round;
import static org.assertj.core.api.Assertions.assertThat;
import static org.trendfinder.pipeline.analysis.TestProjects.P;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.trendfinder.pipeline.SparkTestSession;

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
        Random random = new Random(11);
        List<TestProjects.P> projects = new ArrayList<>();
        double[] costs = new double[40_000];
        for (int i = 0; i < costs.length; i++) {
            costs[i] = Math.round(random.nextDouble() * 100_000) / 100.0;
            projects.add(P.of("p" + i, "2020-03-05").cost(costs[i]));
        }
        Arrays.sort(costs);
        double exact = Math.round((costs[costs.length / 2 - 1] + costs[costs.length / 2]) / 2 * 1000) / 1000.0;
        ProjectStack stack = Stacks.stacked(projects, Map.of(), "2020-03-31");
        MonthCut whole = new MonthCut(YearMonth.of(2020, 3), RunCalendar.FULL);
        for (int partitions : new int[] {1, 7}) {
            MedianCosts costsByLayout = MedianCosts.collect(
                    new ProjectStack(stack.rows().repartition(partitions), stack.routing()));
            assertThat(costsByLayout.bySlug().get("*").get(whole)).as("%d partitions", partitions).isEqualTo(exact);
        }
    }

    @Test
    void theMedianIsSparkSqlsRoundedExactPercentile() {
        // The funding plots' medians came from round(percentile(cost, 0.5), 3) before the one pass: every group of
        // random costs (odd and even counts, repeated costs, sub-cent halves) must give the same double.
        SparkSession spark = SparkTestSession.get();
        Random random = new Random(5);
        List<Row> rows = new ArrayList<>();
        Map<Integer, List<Double>> byGroup = new java.util.HashMap<>();
        for (int group = 0; group < 400; group++) {
            int n = 1 + random.nextInt(12);
            for (int i = 0; i < n; i++) {
                // every third group draws from a few cents, so costs repeat
                double cost = group % 3 == 0 ? random.nextInt(40) / 100.0
                        : Math.round(random.nextDouble() * 500_000) / 100.0;
                rows.add(RowFactory.create(group, cost));
                byGroup.computeIfAbsent(group, k -> new ArrayList<>()).add(cost);
            }
        }
        StructType schema = new StructType().add("g", DataTypes.IntegerType).add("cost", DataTypes.DoubleType);
        List<Row> sql = spark.createDataFrame(rows, schema).groupBy("g")
                .agg(round(percentile(col("cost"), lit(0.5)), MedianCosts.DECIMALS)).collectAsList();
        assertThat(sql).hasSize(400);
        for (Row r : sql) {
            double[] sorted = byGroup.get(r.getInt(0)).stream().mapToDouble(Double::doubleValue).sorted().toArray();
            assertThat(MedianCosts.median(sorted)).as("group %d: %s", r.getInt(0), Arrays.toString(sorted))
                    .isEqualTo(r.getDouble(1));
        }
    }
}
