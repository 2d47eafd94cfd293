package org.trendfinder.pipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trendfinder.pipeline.SparkTestSession;
import org.trendfinder.pipeline.analysis.AnalysisParams;
import org.trendfinder.pipeline.detect.DetectionParams;
import org.trendfinder.pipeline.sample.BadRowKind;
import org.trendfinder.pipeline.sample.PlantedTerm;
import org.trendfinder.pipeline.sample.SampleGenerator;
import org.trendfinder.pipeline.sample.SampleSpec;
import org.trendfinder.pipeline.sample.TrendShape;
import org.trendfinder.pipeline.sample.Truth;
import org.trendfinder.store.CsvTable;
import org.trendfinder.store.LocalStoreFiles;
import org.trendfinder.store.Plot;
import org.trendfinder.store.PlotData;
import org.trendfinder.store.RunManifest;
import org.trendfinder.store.Slug;
import org.trendfinder.store.StoreLayout;
import org.trendfinder.store.TrendStore;

/**
 * The whole job on a generated history with planted trends: what a user of the store would check. One sample,
 * one job for two run dates (the latest and 14 days earlier), then one assertion per property.
 */
class TrendFinderJobOnSampleTest {

    @TempDir
    static Path dir;

    static Truth truth;
    static LocalDate end;
    static LocalDate earlier;
    static TrendStore store;
    static TrendFinderJob.Result result;

    @BeforeAll
    static void runTheJobOnASample() throws Exception {
        truth = SampleGenerator.generate(new SampleSpec(40_000, 11, SampleSpec.DEFAULT_END_DATE, 4), dir.resolve("raw"));
        end = LocalDate.parse(truth.endDate());
        earlier = end.minusDays(14);
        result = new TrendFinderJob(SparkTestSession.get(), new TrendFinderJob.Options(
                dir.resolve("raw").toString(), dir.resolve("store").toString(), List.of(earlier, end),
                DetectionParams.defaults(), AnalysisParams.defaults(), true, 4)).run();
        store = new TrendStore(new LocalStoreFiles(dir.resolve("store")));
    }

    @Test
    void findsThePlantedTrendsAndOnlyThem() {
        CsvTable trends = trends(end);
        List<String> reported = column(trends, "trend");
        List<PlantedTerm> expected = truth.terms().stream().filter(PlantedTerm::reportedAtEnd).toList();

        long found = expected.stream().filter(p -> reported.stream().anyMatch(r -> matches(p, r))).count();
        assertThat((double) found / expected.size()).as("recall in the top 25 of %s", reported).isGreaterThanOrEqualTo(0.9);

        List<String> top10 = reported.subList(0, Math.min(10, reported.size()));
        long truePositives = top10.stream().filter(r -> expected.stream().anyMatch(p -> matches(p, r))).count();
        assertThat((double) truePositives / top10.size()).as("precision in the top 10 of %s", top10)
                .isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void reportsNoDecoyNoEndedSpikeAndNoOneTeacherTerm() {
        Set<TrendShape> decoys = EnumSet.of(TrendShape.SEASONAL_DECOY, TrendShape.ENDED_SPIKE,
                TrendShape.SINGLE_TEACHER_DECOY);
        List<String> reported = column(trends(end), "trend");
        for (PlantedTerm p : truth.terms()) {
            if (decoys.contains(p.shape())) {
                assertThat(reported).as("%s (%s) must not be reported", p.term(), p.shape())
                        .noneMatch(r -> matches(p, r));
            }
        }
    }

    @Test
    void reportsAPhraseOnceNotAlsoItsWords() {
        List<String> reported = column(trends(end), "trend");
        Set<String> plantedWords = truth.terms().stream().flatMap(p -> p.forms().stream()).collect(Collectors.toSet());
        for (String phrase : reported.stream().filter(t -> t.contains(" ")).toList()) {
            for (String word : phrase.split(" ")) {
                assertThat(reported).as("'%s' is reported with its component '%s'", phrase, word)
                        .noneMatch(r -> r.equalsIgnoreCase(word) && !plantedWords.contains(r));
            }
        }
        assertThat(column(trends(end), "slug")).doesNotHaveDuplicates();
    }

    @Test
    void showsEachFoundTrendsGeographicSkewInItsStateBreakdown() {
        RunManifest run = store.manifest(end).orElseThrow();
        int checked = 0;
        for (PlantedTerm p : truth.terms().stream().filter(PlantedTerm::reportedAtEnd).toList()) {
            Optional<String> slug = slugOf(trends(end), p);
            if (slug.isEmpty() || p.geography() == null) {
                continue;
            }
            // Big states hold more of any term's projects; the skew shows as the planted state's lift.
            CsvTable byState = available(store.plot(run, slug.get(), Plot.BY_STATE));
            int row = rowOf(byState, "state", p.geography().stateCode());
            assertThat(byState.number(row, "lift").orElseThrow()).as("lift of %s in %s", p.term(),
                    p.geography().stateCode()).isGreaterThan(2.0);
            checked++;
        }
        assertThat(checked).isPositive();
    }

    @Test
    void showsEachFoundTrendsDemographicSkewAsALiftAboveOne() {
        RunManifest run = store.manifest(end).orElseThrow();
        int checked = 0;
        for (PlantedTerm p : truth.terms().stream().filter(PlantedTerm::reportedAtEnd).toList()) {
            Optional<String> slug = slugOf(trends(end), p);
            if (slug.isEmpty() || p.demographic() == null) {
                continue;
            }
            Plot plot = switch (p.demographic().dimension()) {
                case "POVERTY_LEVEL" -> Plot.BY_POVERTY;
                case "METRO_TYPE" -> Plot.BY_METRO;
                default -> Plot.BY_GRADE;
            };
            CsvTable table = available(store.plot(run, slug.get(), plot));
            String category = plot.columns().get(0);
            int row = rowOf(table, category, p.demographic().value());
            assertThat(table.number(row, "lift").orElseThrow()).as("lift of %s in %s", p.term(), p.demographic().value())
                    .isGreaterThan(1.2);
            checked++;
        }
        assertThat(checked).isPositive();
    }

    @Test
    void countsEveryKindOfBadRowInTheManifest() {
        RunManifest.Input input = store.manifest(end).orElseThrow().input();
        Map<BadRowKind, String> reasons = Map.of(
                BadRowKind.UNPARSEABLE_POSTED_DATE, "Projects.csv:bad_posted_date",
                BadRowKind.MISSING_PROJECT_ID, "Projects.csv:missing_project_id",
                BadRowKind.UNKNOWN_SCHOOL_ID, "Projects.csv:unknown_school",
                BadRowKind.BAD_COST, "Projects.csv:bad_cost",
                BadRowKind.DUPLICATE_PROJECT_ID, "Projects.csv:duplicate_project_id");
        reasons.forEach((kind, reason) -> assertThat(input.rowsRejected().get(reason)).as(reason)
                .isEqualTo(truth.badRows().get(kind)));
        assertThat(input.rejectedSamples()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.file()).isNotBlank();
            assertThat(r.field()).isNotBlank();
            assertThat(r.reason()).isNotBlank();
        });
        assertThat(input.rowsRead().get("Projects.csv")).isEqualTo(truth.projectRows());
    }

    @Test
    void usesNothingPostedAfterTheRunDate() {
        RunManifest run = store.manifest(earlier).orElseThrow();
        String lastMonth = earlier.toString().substring(0, 7);
        for (List<String> trend : trends(earlier).rows()) {
            String slug = trend.get(trends(earlier).column("slug"));
            CsvTable history = available(store.plot(run, slug, Plot.HISTORY));
            assertThat(column(history, "period")).allMatch(p -> p.compareTo(lastMonth) <= 0)
                    .contains(lastMonth);
            CsvTable examples = available(store.plot(run, slug, Plot.EXAMPLES));
            assertThat(column(examples, "posted_date")).allMatch(d -> d.compareTo(earlier.toString()) <= 0);
        }
        assertThat(run.input().projectsUsed()).isLessThan(store.manifest(end).orElseThrow().input().projectsUsed());
    }

    @Test
    void publishesEveryListedFileAndEveryPlotForEachTrend() throws Exception {
        LocalStoreFiles files = new LocalStoreFiles(dir.resolve("store"));
        for (LocalDate date : List.of(earlier, end)) {
            RunManifest run = store.manifest(date).orElseThrow();
            assertThat(run.trends()).isEqualTo(trends(date).size());
            assertThat(run.windows()).containsKeys("current", "recent");
            String root = StoreLayout.runRoot(date, run.attemptId());
            for (String f : run.files()) {
                assertThat(files.read(root + f)).as(f).isPresent();
            }
            for (String slug : column(trends(date), "slug")) {
                for (Plot plot : List.of(Plot.HISTORY, Plot.BY_STATE, Plot.BY_POVERTY, Plot.BY_METRO, Plot.BY_GRADE,
                        Plot.BY_SUBJECT, Plot.BY_RESOURCE, Plot.BY_PREFIX, Plot.CO_OCCURRENCES, Plot.EXAMPLES,
                        Plot.COMPOSITION_POVERTY, Plot.COMPOSITION_SUBJECT, Plot.DIVERGING_FEATURES,
                        Plot.GEO_SPLITS, Plot.SPLIT_SHARES, Plot.FUNDING)) {
                    assertThat(store.plot(run, slug, plot)).as(slug + "/" + plot.folder())
                            .isInstanceOf(PlotData.Available.class);
                }
            }
        }
    }

    private static boolean matches(PlantedTerm planted, String reported) {
        String slug = Slug.of(reported);
        return planted.forms().stream().anyMatch(f -> Slug.of(f).equals(slug)) || Slug.of(planted.term()).equals(slug);
    }

    private static Optional<String> slugOf(CsvTable trends, PlantedTerm p) {
        for (int i = 0; i < trends.size(); i++) {
            if (matches(p, trends.cell(i, "trend"))) {
                return Optional.of(trends.cell(i, "slug"));
            }
        }
        return Optional.empty();
    }

    private static CsvTable trends(LocalDate date) {
        return available(store.trends(store.manifest(date).orElseThrow()));
    }

    private static CsvTable available(PlotData data) {
        assertThat(data).isInstanceOf(PlotData.Available.class);
        return ((PlotData.Available) data).table();
    }

    private static List<String> column(CsvTable t, String name) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            values.add(t.cell(i, name));
        }
        return values;
    }

    private static int rowOf(CsvTable t, String column, String value) {
        for (int i = 0; i < t.size(); i++) {
            if (t.cell(i, column).equalsIgnoreCase(value)) {
                return i;
            }
        }
        throw new AssertionError("no row " + value + " in " + column(t, column));
    }
}
