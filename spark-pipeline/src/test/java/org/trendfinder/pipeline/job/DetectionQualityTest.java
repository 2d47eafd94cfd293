package org.trendfinder.pipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.SoftAssertions;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trendfinder.pipeline.SparkTestSession;
import org.trendfinder.pipeline.analysis.AnalysisParams;
import org.trendfinder.pipeline.detect.DetectionParams;
import org.trendfinder.pipeline.input.ProjectColumns;
import org.trendfinder.pipeline.input.ProjectSource;
import org.trendfinder.pipeline.text.TermExtractor;
import org.trendfinder.pipeline.text.TextField;
import org.trendfinder.pipeline.sample.PlantedTerm;
import org.trendfinder.pipeline.sample.SampleGenerator;
import org.trendfinder.pipeline.sample.SampleSpec;
import org.trendfinder.pipeline.sample.TrendShape;
import org.trendfinder.pipeline.sample.Truth;
import org.trendfinder.store.CsvTable;
import org.trendfinder.store.Slug;
import org.trendfinder.store.TrendColumns;
import org.trendfinder.store.TrendKind;

/**
 * Detection v2 on generated histories (3 seeds): a backfill every 14 days over the last two years, then per
 * planted kind the recall and precision at the end date, and per planted trend its coverage while live, its
 * first report and any report before its start. Prints the figures; asserts the targets.
 */
class DetectionQualityTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 23, 57})
    void reportsEachKindOfTrendWhileLiveAndNothingElse(long seed) throws Exception {
        Truth truth = SampleGenerator.generate(new SampleSpec(60_000, seed, SampleSpec.DEFAULT_END_DATE, 4),
                dir.resolve("raw"));
        LocalDate end = LocalDate.parse(truth.endDate());
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = end; !d.isBefore(end.minusYears(2)); d = d.minusDays(14)) {
            dates.add(0, d);
        }
        TrendFinderJob.Result result = new TrendFinderJob(SparkTestSession.get(), new TrendFinderJob.Options(
                dir.resolve("raw").toString(), dir.resolve("store").toString(), dates, DetectionParams.defaults(),
                AnalysisParams.defaults(), false, 4)).run();
        Map<LocalDate, CsvTable> tables = result.trendTables();
        StringBuilder report = new StringBuilder("seed " + seed + "\n");
        SoftAssertions softly = new SoftAssertions();

        // --- at the end date: recall per planted kind, precision per reported kind (top 10)
        CsvTable atEnd = tables.get(end);
        Map<String, Set<TrendKind>> kinds = new LinkedHashMap<>();
        for (int r = 0; r < atEnd.size(); r++) {
            kinds.put(atEnd.cell(r, TrendColumns.TREND), TrendKind.parse(atEnd.cell(r, TrendColumns.KIND)));
        }
        List<PlantedTerm> live = truth.terms().stream().filter(PlantedTerm::reportedAtEnd).toList();
        Map<String, double[]> recall = new TreeMap<>();
        for (PlantedTerm p : live) {
            TrendKind expected = switch (p.shape()) {
                case SUDDEN -> TrendKind.SURGING;
                case SLOW_GROWER, BACK_TO_SCHOOL_BURST -> TrendKind.GROWING;
                default -> null;   // a fast grower may be either
            };
            boolean found = kinds.entrySet().stream().anyMatch(e -> matches(p, e.getKey())
                    && (expected == null ? !e.getValue().isEmpty() : e.getValue().contains(expected)));
            double[] r = recall.computeIfAbsent(p.shape().name(), k -> new double[2]);
            r[0] += found ? 1 : 0;
            r[1]++;
        }
        recall.forEach((shape, r) -> report.append(String.format(Locale.ROOT, "  recall %-20s %d/%d%n", shape,
                (int) r[0], (int) r[1])));
        for (TrendKind kind : TrendKind.values()) {
            List<String> top = kinds.entrySet().stream().filter(e -> e.getValue().contains(kind)).limit(10)
                    .map(Map.Entry::getKey).toList();
            long real = top.stream().filter(t -> live.stream().anyMatch(p -> matches(p, t))).count();
            report.append(String.format(Locale.ROOT, "  precision %-8s %d/%d %s%n", kind.label(), real, top.size(), top));
            softly.assertThat(top.isEmpty() ? 1.0 : (double) real / top.size()).as("precision of %s: %s", kind, top)
                    .isGreaterThanOrEqualTo(0.8);
        }
        recall.forEach((shape, r) -> softly.assertThat(r[0] / r[1]).as("recall of %s", shape).isEqualTo(1.0));

        // --- no frame word, no catalogue fragment as a trend's name: none at the end date, and over the whole
        // backfill at most 1 % of the rows (a false discovery rate of 1 % allows about that many)
        Set<String> productLineWords = truth.productLineWords();
        int rowCount = 0;
        List<String> misnamed = new ArrayList<>();
        for (Map.Entry<LocalDate, CsvTable> e : tables.entrySet()) {
            CsvTable table = e.getValue();
            for (int r = 0; r < table.size(); r++) {
                rowCount++;
                List<String> label = words(table.cell(r, TrendColumns.TREND));
                boolean frame = label.stream().anyMatch(truth.frameWords()::contains);
                boolean fragment = label.stream().anyMatch(productLineWords::contains);
                if (frame || fragment) {
                    misnamed.add(e.getKey() + " " + label + (frame ? " (frame word)" : " (catalogue fragment)"));
                    softly.assertThat(e.getKey()).as("%s at the end date", label).isNotEqualTo(end);
                }
            }
        }
        report.append(String.format(Locale.ROOT, "  frame words or catalogue fragments named %d of %d rows: %s%n",
                misnamed.size(), rowCount, misnamed));
        softly.assertThat((double) misnamed.size() / rowCount).as("rows named by a frame word or catalogue fragment: %s",
                misnamed).isLessThanOrEqualTo(0.01);

        // --- one trend, one row: no two rows of the end date share most of their projects (last 13 weeks)
        Map<String, Set<String>> projectsOf = projectsOfEachRow(atEnd, end);
        List<String> rows = new ArrayList<>(projectsOf.keySet());
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                Set<String> a = projectsOf.get(rows.get(i));
                Set<String> b = projectsOf.get(rows.get(j));
                long both = a.stream().filter(b::contains).count();
                softly.assertThat((double) both / Math.max(1, Math.min(a.size(), b.size())))
                        .as("%s and %s share most of their projects", rows.get(i), rows.get(j)).isLessThanOrEqualTo(0.5);
            }
        }

        // --- backfill: coverage while live, first report, nothing before the start, no decoy ever
        Map<PlantedTerm, List<LocalDate>> reported = new HashMap<>();
        tables.forEach((date, table) -> {
            for (int r = 0; r < table.size(); r++) {
                String term = table.cell(r, TrendColumns.TREND);
                truth.terms().stream().filter(p -> matches(p, term))
                        .forEach(p -> reported.computeIfAbsent(p, k -> new ArrayList<>()).add(date));
            }
        });
        for (PlantedTerm p : truth.terms()) {
            List<LocalDate> on = reported.getOrDefault(p, List.of());
            if (p.liveFrom() == null) {
                report.append(String.format(Locale.ROOT, "  %-22s %-20s never live: reported on %d dates%n",
                        p.term(), p.shape(), on.size()));
                if (p.shape() == TrendShape.SEASONAL_DECOY || p.shape() == TrendShape.SINGLE_TEACHER_DECOY) {
                    softly.assertThat(on).as("%s (%s)", p.term(), p.shape()).isEmpty();
                }
                continue;
            }
            LocalDate from = LocalDate.parse(p.liveFrom());
            LocalDate to = LocalDate.parse(p.liveTo());
            LocalDate start = LocalDate.parse(p.start());
            List<LocalDate> liveDates = dates.stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).toList();
            long covered = liveDates.stream().filter(on::contains).count();
            LocalDate first = on.stream().filter(d -> !d.isBefore(start)).findFirst().orElse(null);
            long early = on.stream().filter(d -> d.isBefore(start)).count();
            report.append(String.format(Locale.ROOT,
                    "  %-22s %-20s live %s..%s: reported %d/%d live dates, first %s (start %s), %d before start%n",
                    p.term(), p.shape(), from, to, covered, liveDates.size(), first, start, early));
            softly.assertThat(early).as("%s reported before its start", p.term()).isZero();
            if (liveDates.isEmpty()) {
                continue;
            }
            softly.assertThat((double) covered / liveDates.size()).as("%s coverage while live", p.term())
                    .isGreaterThanOrEqualTo(0.9);
            boolean grower = p.shape() == TrendShape.SLOW_GROWER || p.shape() == TrendShape.GRADUAL;
            if (grower) {
                softly.assertThat(first).as("%s first reported before half its final share (%s)", p.term(), from)
                        .isNotNull().isBefore(from.plusDays(1));
            } else if (!start.isBefore(dates.get(0))) {
                softly.assertThat(first).as("%s first reported within 6 weeks of %s", p.term(), start)
                        .isNotNull().isBefore(start.plusDays(43));
            }
        }
        System.out.println(report);
        softly.assertAll();
    }

    /** Per reported row, the projects of the last 13 weeks that contain its term, found by the product's analyzer. */
    private Map<String, Set<String>> projectsOfEachRow(CsvTable table, LocalDate end) {
        List<TextField> fields = DetectionParams.defaults().fields();
        List<org.apache.spark.sql.Column> columns = new ArrayList<>(List.of(functions.col(ProjectColumns.PROJECT_ID)));
        fields.forEach(f -> columns.add(functions.col(f.column()).cast("string")));
        List<Row> recent = ProjectSource.load(SparkTestSession.get(), dir.resolve("raw").toString()).projects()
                .filter(functions.col(ProjectColumns.POSTED_DATE).between(java.sql.Date.valueOf(end.minusDays(90)),
                        java.sql.Date.valueOf(end)))
                .select(columns.toArray(org.apache.spark.sql.Column[]::new)).collectAsList();
        Map<String, Set<String>> result = new LinkedHashMap<>();
        try (TermExtractor extractor = new TermExtractor(3)) {
            Map<String, String> keyOf = new LinkedHashMap<>();
            for (int r = 0; r < table.size(); r++) {
                String term = table.cell(r, TrendColumns.TREND);
                keyOf.put(term, extractor.distinctTerms(term).keySet().stream()
                        .max(java.util.Comparator.comparingInt(k -> k.split(" ").length)).orElseThrow());
                result.put(term, new HashSet<>());
            }
            for (Row row : recent) {
                String[] texts = new String[fields.size()];
                for (int i = 0; i < texts.length; i++) {
                    texts[i] = row.isNullAt(i + 1) ? null : row.getString(i + 1);
                }
                Set<String> keys = extractor.distinctTerms(texts).keySet();
                keyOf.forEach((term, key) -> {
                    if (keys.contains(key)) {
                        result.get(term).add(row.getString(0));
                    }
                });
            }
        }
        return result;
    }

    static boolean matches(PlantedTerm planted, String reported) {
        String slug = Slug.of(reported);
        return planted.forms().stream().anyMatch(f -> Slug.of(f).equals(slug)) || Slug.of(planted.term()).equals(slug);
    }

    private static List<String> words(String text) {
        return java.util.Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")).filter(w -> !w.isEmpty())
                .collect(Collectors.toList());
    }
}
