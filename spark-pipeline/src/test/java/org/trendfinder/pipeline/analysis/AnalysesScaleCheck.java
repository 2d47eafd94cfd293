package org.trendfinder.pipeline.analysis;

import static org.apache.spark.sql.functions.expr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.trendfinder.pipeline.SparkTestSession;

/**
 * Not a unit test: times the analyses on synthetic Kaggle-sized input (1.1 M projects, 25 trends holding 0.2 to
 * 5 % of the projects each). Run with {@code -Danalyses.scale=1100000}.
 */
@EnabledIfSystemProperty(named = "analyses.scale", matches = "\\d+")
class AnalysesScaleCheck {

    @Test
    void timeTheAnalyses() throws Exception {
        long n = Long.parseLong(System.getProperty("analyses.scale"));
        SparkSession spark = SparkTestSession.get();
        org.apache.logging.log4j.core.config.Configurator.setLevel("org.trendfinder",
                org.apache.logging.log4j.Level.INFO);
        Path dir = Files.createTempDirectory("analyses-scale");
        spark.range(n).select(
                        expr("concat('p', id)").as("project_id"),
                        expr("date_add(date'2013-01-01', cast(pmod(hash(id, 1), 2000) as int))").as("posted_date"),
                        expr("element_at(array('CA','NY','TX','IL','FL','NC','GA','PA','OH','MI','AZ','WA','KS'),"
                                + " cast(pmod(hash(id, 2), 13) + 1 as int))").as("state"),
                        expr("element_at(array('Cook','Los Angeles','Kings','Harris','Riley','Travis','Orange'),"
                                + " cast(pmod(hash(id, 3), 7) + 1 as int))").as("school_county"),
                        expr("'City'").as("school_city"),
                        expr("element_at(array('urban','suburban','rural','town','unknown'),"
                                + " cast(pmod(hash(id, 4), 5) + 1 as int))").as("metro_type"),
                        expr("element_at(array('highest poverty','high poverty','moderate poverty','low poverty',"
                                + "'unknown'), cast(pmod(hash(id, 5), 5) + 1 as int))").as("poverty_level"),
                        expr("element_at(array('Grades PreK-2','Grades 3-5','Grades 6-8','Grades 9-12'),"
                                + " cast(pmod(hash(id, 6), 4) + 1 as int))").as("grade_level"),
                        expr("slice(array('Literacy & Language','Math & Science','Music & The Arts','Health & Sports',"
                                + "'Special Needs','History & Civics','Applied Learning','Warmth, Care & Hunger'),"
                                + " cast(pmod(hash(id, 7), 7) + 1 as int), cast(pmod(hash(id, 8), 2) + 1 as int))")
                                .as("subjects"),
                        expr("element_at(array('Supplies','Technology','Books','Computers & Tablets','Other'),"
                                + " cast(pmod(hash(id, 9), 5) + 1 as int))").as("resource_category"),
                        expr("element_at(array('Mrs.','Ms.','Mr.','Teacher','Dr.'), cast(pmod(hash(id, 10), 5) + 1 as int))")
                                .as("teacher_prefix"),
                        expr("cast(100 + pmod(hash(id, 11), 2000) as double)").as("cost"),
                        expr("if(pmod(hash(id, 12), 4) = 0, 'Expired', 'Fully Funded')").as("status"),
                        expr("if(pmod(hash(id, 12), 4) = 0, null, date_add(date'2013-01-01',"
                                + " cast(pmod(hash(id, 1), 2000) + pmod(hash(id, 13), 120) as int)))")
                                .as("fully_funded_date"),
                        expr("concat('Project title number ', id)").as("title"),
                        expr("pmod(hash(id, 14), 10) = 0").as("school_charter"))
                .write().parquet(dir.resolve("projects").toString());
        StringBuilder membershipSql = new StringBuilder();
        for (int k = 0; k < 25; k++) {
            if (k > 0) {
                membershipSql.append(" union all ");
            }
            membershipSql.append("select project_id, 'trend-").append(k).append("' as slug from projects where pmod(hash(project_id, ")
                    .append(100 + k).append("), 1000) < ").append(2 + 2 * k);
        }
        Dataset<Row> projects = spark.read().parquet(dir.resolve("projects").toString());
        projects.createOrReplaceTempView("projects");
        spark.sql(membershipSql.toString()).write().parquet(dir.resolve("membership").toString());
        Dataset<Row> membership = spark.read().parquet(dir.resolve("membership").toString());
        LocalDate last = LocalDate.parse("2018-06-23"); // day 2000 after 2013-01-01
        List<TrendRef> trends = new ArrayList<>();
        for (int k = 0; k < 25; k++) {
            trends.add(new TrendRef("trend-" + k, "trend " + k));
        }
        System.out.printf("projects %d, membership rows %d%n", projects.count(), membership.count());

        long t0 = System.nanoTime();
        long months = projects.groupBy(expr("date_format(posted_date, 'yyyy-MM')")).count().collectAsList().size();
        long scan = System.nanoTime() - t0;
        System.out.printf("reference: one scan + monthly groupBy (%d months): %.1f s%n", months, scan / 1e9);

        for (String runsText : System.getProperty("analyses.runs", "1,4").split(",")) {
            int runs = Integer.parseInt(runsText.trim());
            List<RunPlan> plans = new ArrayList<>();
            for (int r = runs - 1; r >= 0; r--) {
                plans.add(RunPlan.of(last.minusDays(7L * r), 14, trends));
            }
            long t1 = System.nanoTime();
            AnalysisResult result = new TrendAnalyses(AnalysisParams.defaults()).run(projects, membership, plans);
            long t2 = System.nanoTime();
            long cells = result.plots().values().stream().flatMap(m -> m.values().stream())
                    .flatMap(m -> m.values().stream()).mapToLong(p -> (long) p.data().size() * p.data().header().size())
                    .sum();
            System.out.printf("analyses, %d run date(s) x 25 trends: %.1f s (%d cells) %s%n", runs, (t2 - t1) / 1e9,
                    cells, result.timingsMillis());
        }
    }
}
