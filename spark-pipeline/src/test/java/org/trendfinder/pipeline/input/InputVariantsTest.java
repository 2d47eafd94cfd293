package org.trendfinder.pipeline.input;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trendfinder.pipeline.SparkTestSession;
import org.trendfinder.store.Plot;
import org.trendfinder.store.RunManifest.RejectedRow;

/**
 * The public input variants, each from its own fixture under {@code src/test/resources/inputs/}: the 2018 files
 * as written by R (dotted names, a row-name column, every field quoted), the 2018 files gzip-compressed, and
 * Kaggle's Application Screening files.
 */
class InputVariantsTest {
    @TempDir
    Path dir;

    @Test
    void theRWrittenFilesGiveTheSameProjectsAndReportAsTheOriginalNames() throws Exception {
        CsvFiles.goodFolder(dir);
        assertSameInput(fixture("r-2018"), dir.toString());
    }

    @Test
    void gzipCompressedFilesGiveTheSameProjectsAndReportAsPlainOnes() throws Exception {
        CsvFiles.goodFolder(dir);
        assertSameInput(fixture("gzip-2018"), dir.toString());
    }

    @Test
    void theApplicationScreeningFilesBecomeProjectsWithTheirGapsLeftUnknown() throws Exception {
        try (RawInput input = RawInputs.plan(SparkTestSession.get(), fixture("kaggle-screening"))) {
            List<Row> rows = input.projects().orderBy("project_id").collectAsList();
            assertThat(rows).extracting(r -> r.<String>getAs("project_id")).containsExactly("k1", "k2", "k4");
            Row k1 = rows.get(0);
            assertThat(k1.<String>getAs("title")).as("train.csv's k1 is kept, test.csv's repeat rejected")
                    .isEqualTo("Readers");
            assertThat(k1.<String>getAs("essay")).isEqualTo("My students, all of them,\nlove \"big\" books.\n\nWe need books.");
            assertThat(k1.<String>getAs("need_statement")).isEqualTo("My students need books.");
            assertThat(k1.<String>getAs("resource_items")).isEqualTo("Book set, large\nBookmarks");
            assertThat(k1.<Double>getAs("cost")).isEqualTo(23.5);
            assertThat(k1.<String>getAs("state")).isEqualTo("CA");
            assertThat(k1.<String>getAs("teacher_prefix")).isEqualTo("Mrs.");
            assertThat(k1.<Integer>getAs("teacher_project_sequence")).isEqualTo(4);
            assertThat(k1.<String>getAs("grade_level")).isEqualTo("Grades PreK-2");
            assertThat(k1.getList(k1.fieldIndex("subject_subcategories"))).containsExactly("ESL", "Literacy");
            assertThat(k1.<String>getAs("school_id")).isEqualTo("teacher:tA");
            assertThat(k1.<String>getAs("poverty_level")).isEqualTo("unknown");
            assertThat(k1.<String>getAs("metro_type")).isEqualTo("unknown");
            assertThat(k1.isNullAt(k1.fieldIndex("status"))).isTrue();
            assertThat(k1.isNullAt(k1.fieldIndex("free_lunch_pct"))).isTrue();
            assertThat(List.of(input.projects().columns())).isEqualTo(NormalizedProjects.outputColumns(List.of()));

            InputReport report = input.report();
            assertThat(report.rowsRead()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "train.csv", 3L, "test.csv", 2L, "resources.csv", 4L));
            assertThat(report.rowsRejected()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "train.csv:bad_posted_date", 1L, "test.csv:duplicate_project_id", 1L));
            assertThat(report.samples()).containsExactlyInAnyOrder(
                    new RejectedRow("train.csv", 3, "project_submitted_datetime", "bad_posted_date", "not a date"),
                    new RejectedRow("test.csv", 2, "id", "duplicate_project_id", "k1"));
            assertThat(input.unavailable()).anyMatch(n -> n.startsWith("poverty_level"))
                    .anyMatch(n -> n.startsWith("metro_type")).anyMatch(n -> n.startsWith("funding"));
            assertThat(input.unavailablePlots()).contains(Plot.BY_POVERTY, Plot.BY_METRO, Plot.FUNDING)
                    .doesNotContain(Plot.BY_STATE, Plot.BY_GRADE, Plot.HISTORY);
        }
    }

    @Test
    void aRunLeavesOutThePlotsTheVariantCannotFeedAndKeepsTheOthers() {
        Map<String, Map<String, Map<Plot, String>>> plots = Map.of("2018-05-01", Map.of("robots",
                Map.of(Plot.BY_STATE, "states", Plot.BY_POVERTY, "all unknown", Plot.FUNDING, "no data")));
        assertThat(UnavailablePlots.without(plots, ScreeningProjects.UNAVAILABLE_PLOTS))
                .isEqualTo(Map.of("2018-05-01", Map.of("robots", Map.of(Plot.BY_STATE, "states"))));
        assertThat(UnavailablePlots.without(plots, List.of())).isSameAs(plots);
    }

    @Test
    void aScreeningFileWithoutAnEssayColumnNamesTheFileAndTheColumn() throws Exception {
        Path source = Path.of(fixture("kaggle-screening"));
        for (String name : List.of("test.csv", "resources.csv")) {
            Files.copy(source.resolve(name), dir.resolve(name));
        }
        List<String> lines = Files.readAllLines(source.resolve("train.csv"));
        Files.writeString(dir.resolve("train.csv"), lines.get(0).replace(",project_essay_4", "") + "\n");
        assertThatThrownBy(() -> RawInputs.plan(SparkTestSession.get(), dir.toString()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("train.csv")
                .hasMessageContaining("'project_essay_4'");
    }

    @Test
    void aFolderOfNeitherVariantListsWhatEachNeedsAndWhatWasFound() throws IOException {
        Files.writeString(dir.resolve("projects.txt"), "x");
        assertThatThrownBy(() -> RawInputs.plan(SparkTestSession.get(), dir.toString()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("Projects.csv")
                .hasMessageContaining("train.csv")
                .hasMessageContaining("projects.txt");
    }

    private static void assertSameInput(String variant, String original) {
        try (RawInput expected = RawInputs.plan(SparkTestSession.get(), original);
             RawInput actual = RawInputs.plan(SparkTestSession.get(), variant)) {
            Dataset<Row> want = expected.projects().orderBy(col("project_id"));
            Dataset<Row> got = actual.projects().orderBy(col("project_id"));
            assertThat(got.count()).isEqualTo(4);
            SparkTestSession.assertDataFrameEquals(want, got);
            assertThat(actual.report()).isEqualTo(expected.report());
            assertThat(actual.unavailable()).isEmpty();
        }
    }

    private static String fixture(String name) throws URISyntaxException {
        return Path.of(InputVariantsTest.class.getResource("/inputs/" + name).toURI()).toString();
    }
}
