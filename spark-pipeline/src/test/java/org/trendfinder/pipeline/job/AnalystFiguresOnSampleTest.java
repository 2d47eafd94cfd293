package org.trendfinder.pipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trendfinder.pipeline.SparkTestSession;
import org.trendfinder.pipeline.analysis.AnalysisParams;
import org.trendfinder.pipeline.detect.DetectionParams;
import org.trendfinder.pipeline.input.ProjectSource;
import org.trendfinder.pipeline.sample.SampleGenerator;
import org.trendfinder.pipeline.sample.SampleSpec;
import org.trendfinder.pipeline.sample.Truth;
import org.trendfinder.pipeline.text.TermExtractor;
import org.trendfinder.pipeline.text.TextField;
import org.trendfinder.store.CsvTable;
import org.trendfinder.store.LocalStoreFiles;
import org.trendfinder.store.Plot;
import org.trendfinder.store.PlotData;
import org.trendfinder.store.RunManifest;
import org.trendfinder.store.TrendStore;

/**
 * The analyst view's two figures on a small generated history: co-occurring terms that are not words found in
 * every request, and a funding rate that does not fall over the last months for want of time to be funded.
 */
class AnalystFiguresOnSampleTest {

    private static final Logger LOG = LoggerFactory.getLogger(AnalystFiguresOnSampleTest.class);
    private static final DetectionParams DETECTION = DetectionParams.defaults();

    @TempDir
    static Path dir;

    static TrendStore store;
    static RunManifest run;

    @BeforeAll
    static void runTheJob() throws Exception {
        Truth truth = SampleGenerator.generate(new SampleSpec(20_000, 5, SampleSpec.DEFAULT_END_DATE, 2),
                dir.resolve("raw"));
        LocalDate end = LocalDate.parse(truth.endDate());
        new TrendFinderJob(SparkTestSession.get(), new TrendFinderJob.Options(dir.resolve("raw").toString(),
                dir.resolve("store").toString(), List.of(end), DETECTION, AnalysisParams.defaults(), true, 2)).run();
        store = new TrendStore(new LocalStoreFiles(dir.resolve("store")));
        run = store.manifest(end).orElseThrow();
    }

    @Test
    void fewTopCoOccurringTermsAreWordsFoundInEveryRequest() {
        CsvTable trends = table(store.trends(run));
        assertThat(trends.size()).isPositive();
        Map<String, String> keyOfTopTerm = new HashMap<>();
        try (TermExtractor extractor = new TermExtractor(DETECTION.maxNgram())) {
            for (int i = 0; i < trends.size(); i++) {
                CsvTable co = table(store.plot(run, trends.cell(i, "slug"), Plot.CO_OCCURRENCES));
                for (int j = 0; j < Math.min(5, co.size()); j++) {
                    String term = co.cell(j, "term");
                    // the term's own key: the longest of the keys its words yield
                    keyOfTopTerm.put(trends.cell(i, "slug") + "/" + term, extractor.distinctTerms(term).keySet()
                            .stream().max(java.util.Comparator.comparingInt(String::length)).orElseThrow());
                }
            }
        }
        assertThat(keyOfTopTerm).isNotEmpty();
        Map<String, Long> projectsWith = projectsHolding(new HashSet<>(keyOfTopTerm.values()));
        long all = projectsWith.get("");
        long common = keyOfTopTerm.values().stream().filter(k -> projectsWith.getOrDefault(k, 0L) >= 0.05 * all)
                .count();
        double share = (double) common / keyOfTopTerm.size();
        LOG.info("top-5 co-occurring terms found in >= 5 % of all {} projects: {} of {} ({})", all, common,
                keyOfTopTerm.size(), share);
        assertThat(share).isLessThanOrEqualTo(0.20);
    }

    @Test
    void overallFundedRateOfTheLastClosedMonthsMatchesTheYearBefore() {
        CsvTable trends = table(store.trends(run));
        CsvTable funding = table(store.plot(run, trends.cell(0, "slug"), Plot.FUNDING));
        Map<YearMonth, double[]> all = new HashMap<>(); // month -> projects, funded
        List<YearMonth> closed = new ArrayList<>();
        for (int i = 0; i < funding.size(); i++) {
            if (!funding.cell(i, "group").equals("all")) {
                continue;
            }
            YearMonth m = YearMonth.parse(funding.cell(i, "period"));
            double projects = Double.parseDouble(funding.cell(i, "projects"));
            String rate = funding.cell(i, "funded_rate");
            assertThat(rate.isEmpty()).as("rate shown exactly when closed: " + m)
                    .isEqualTo(funding.hasColumn("open") && Boolean.parseBoolean(funding.cell(i, "open")));
            if (!rate.isEmpty()) {
                all.put(m, new double[] {projects, projects * Double.parseDouble(rate)});
                closed.add(m);
            }
        }
        List<YearMonth> last3 = closed.subList(closed.size() - 3, closed.size());
        double recent = rate(all, last3);
        double yearBefore = rate(all, last3.stream().map(m -> m.minusYears(1)).toList());
        LOG.info("overall funded rate over {}: {}; the same months a year earlier: {}; ratio {}", last3, recent,
                yearBefore, recent / yearBefore);
        assertThat(recent / yearBefore).isBetween(0.75, 1.25);
    }

    private static double rate(Map<YearMonth, double[]> byMonth, List<YearMonth> months) {
        double projects = 0;
        double funded = 0;
        for (YearMonth m : months) {
            double[] pf = byMonth.get(m);
            assertThat(pf).as("a closed month " + m).isNotNull();
            projects += pf[0];
            funded += pf[1];
        }
        return funded / projects;
    }

    /** Every project of the sample's history (key "") and those holding each key. */
    private static Map<String, Long> projectsHolding(Set<String> keys) {
        Dataset<Row> projects = ProjectSource.load(SparkTestSession.get(), dir.resolve("raw").toString()).projects();
        Dataset<Row> texts = projects.selectExpr(DETECTION.fields().stream().map(TextField::column)
                .map(c -> "cast(" + c + " as string)").toArray(String[]::new));
        int maxNgram = DETECTION.maxNgram();
        List<Map<String, Long>> parts = texts.javaRDD().mapPartitions(rows -> {
            Map<String, Long> counts = new HashMap<>();
            try (TermExtractor extractor = new TermExtractor(maxNgram)) {
                while (rows.hasNext()) {
                    Row row = rows.next();
                    String[] cells = new String[row.length()];
                    for (int i = 0; i < cells.length; i++) {
                        cells[i] = row.isNullAt(i) ? null : row.getString(i);
                    }
                    counts.merge("", 1L, Long::sum);
                    for (String key : extractor.distinctTerms(cells).keySet()) {
                        if (keys.contains(key)) {
                            counts.merge(key, 1L, Long::sum);
                        }
                    }
                }
            }
            return List.of(counts).iterator();
        }).collect();
        Map<String, Long> total = new HashMap<>();
        parts.forEach(p -> p.forEach((k, n) -> total.merge(k, n, Long::sum)));
        return total;
    }

    private static CsvTable table(PlotData data) {
        assertThat(data).isInstanceOf(PlotData.Available.class);
        return ((PlotData.Available) data).table();
    }
}
