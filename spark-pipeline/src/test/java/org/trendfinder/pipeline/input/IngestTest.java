package org.trendfinder.pipeline.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trendfinder.pipeline.SparkTestSession;
import org.trendfinder.pipeline.text.AnalyzerFingerprint;
import org.trendfinder.pipeline.text.TermExtractor;
import org.trendfinder.pipeline.text.TextField;
import org.trendfinder.store.RunManifest.RejectedRow;

class IngestTest {
    @TempDir
    Path dir;

    @Test
    void ingestThenLoadGivesTheSameRowsAsLoadingTheRawFolder() throws Exception {
        Path raw = dir.resolve("raw");
        Path out = dir.resolve("ingested");
        CsvFiles.goodFolder(raw);
        CsvFiles.write(raw, "Teachers.csv", CsvFiles.TEACHERS_HEADER, "t1,Mrs.,2015-01-01", "t2,mr,2016-02-03",
                "t1,Ms.,2015-01-01");

        InputReport report = Ingest.run(SparkTestSession.get(), raw.toString(), out.toString());
        assertThat(report.rowsRejected()).containsExactlyEntriesOf(Map.of("Teachers.csv:duplicate_teacher_id", 1L));
        assertThat(out.resolve(IngestManifest.FILE_NAME)).exists();
        assertThat(out.resolve("posted_year=2016")).isDirectory();
        assertThat(out.resolve("posted_year=2017")).isDirectory();
        assertThat(out.resolve("posted_year=2018")).isDirectory();
        IngestManifest manifest = IngestManifest.fromJson("test", Files.readAllBytes(out.resolve(IngestManifest.FILE_NAME)));
        assertThat(manifest.source()).isEqualTo(raw.toString());
        assertThat(manifest.report()).isEqualTo(report);

        LoadedProjects fromParquet = ProjectSource.load(SparkTestSession.get(), out.toString());
        LoadedProjects fromCsv = ProjectSource.load(SparkTestSession.get(), "file://" + raw);
        assertThat(fromParquet.format()).isEqualTo(LoadedProjects.PARQUET);
        assertThat(fromCsv.format()).isEqualTo(LoadedProjects.CSV);
        assertThat(fromParquet.report()).isEqualTo(fromCsv.report());
        List<String> withWords = new java.util.ArrayList<>(List.of(fromCsv.projects().columns()));
        withWords.addAll(AnalyzedWords.columns());
        assertThat(fromParquet.projects().columns()).containsExactlyElementsOf(withWords);
        assertThat(fromParquet.projects().schema().apply(ProjectColumns.POSTED_YEAR).dataType())
                .isEqualTo(org.apache.spark.sql.types.DataTypes.IntegerType);
        assertThat(manifest.analyzer()).isEqualTo(AnalyzerFingerprint.current());
        try (TermExtractor extractor = new TermExtractor(1)) {
            for (Row r : fromParquet.projects().collectAsList()) {
                for (TextField field : TextField.values()) {
                    String text = r.getAs(field.column());
                    assertThat((String) r.getAs(AnalyzedWords.column(field))).as(field + " of " + r.getAs("project_id"))
                            .isEqualTo(extractor.analyze(text));
                }
            }
        }
        Dataset<Row> parquetRows = Frames.nullable(fromParquet.projects()
                .drop(AnalyzedWords.columns().toArray(String[]::new)).orderBy(ProjectColumns.PROJECT_ID));
        Dataset<Row> csvRows = Frames.nullable(fromCsv.projects().orderBy(ProjectColumns.PROJECT_ID));
        assertThat(parquetRows.count()).isEqualTo(4);
        SparkTestSession.assertDataFrameEquals(csvRows, parquetRows);
        fromCsv.release();
    }

    @Test
    void aSecondIngestReplacesTheWholeDataset() {
        Path raw = dir.resolve("raw");
        Path out = dir.resolve("ingested");
        CsvFiles.goodFolder(raw);
        Ingest.run(SparkTestSession.get(), raw.toString(), out.toString());
        CsvFiles.write(raw, "Projects.csv", CsvFiles.PROJECTS_HEADER,
                CsvFiles.project("p2", "s2", "t2", "Robots", "Short essay", "Math & Science", "Grades 9-12", "100",
                        "2018-03-14"));
        Ingest.run(SparkTestSession.get(), raw.toString(), out.toString());
        assertThat(out.resolve("posted_year=2016")).doesNotExist();
        assertThat(ProjectSource.load(SparkTestSession.get(), out.toString()).projects().count()).isEqualTo(1);
    }

    @Test
    void aMissingFileStopsTheIngestBeforeAnythingIsWritten() {
        Path raw = dir.resolve("raw");
        Path out = dir.resolve("ingested");
        CsvFiles.goodFolder(raw);
        CsvFiles.write(raw, "Teachers.csv", "Teacher Prefix", "Mrs.");
        assertThatThrownBy(() -> Ingest.run(SparkTestSession.get(), raw.toString(), out.toString()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("Teachers.csv")
                .hasMessageContaining("'Teacher ID'");
        assertThat(out).doesNotExist();
    }

    @Test
    void aFolderThatIsNeitherRawNorIngestedIsRefusedNamingWhatWasExpected() throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        Files.writeString(dir.resolve("empty").resolve("notes.txt"), "x");
        assertThatThrownBy(() -> ProjectSource.load(SparkTestSession.get(), dir.resolve("empty").toString()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("_ingest.json")
                .hasMessageContaining("Projects.csv")
                .hasMessageContaining("notes.txt");
    }

    @Test
    void inputReportRoundTripsThroughJson() {
        InputReport report = new InputReport(Map.of("Projects.csv", 10L), Map.of("Projects.csv:bad_cost", 2L),
                List.of(new RejectedRow("Projects.csv", 4, "Project Cost", "bad_cost", "lots")),
                Map.of("Schools.csv:unmapped_state", 1L));
        assertThat(InputReport.fromJson(report.toJson())).isEqualTo(report);
        InputReport threeArgs = new InputReport(Map.of("Projects.csv", 1L), Map.of(), List.of());
        assertThat(InputReport.fromJson(threeArgs.toJson())).isEqualTo(threeArgs);
        assertThat(new String(report.toJson())).doesNotContain("validProjects");
        assertThat(report.validProjects()).isEqualTo(8);
    }
}
