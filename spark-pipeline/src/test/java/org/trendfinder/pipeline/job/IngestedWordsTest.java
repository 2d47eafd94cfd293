package org.trendfinder.pipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trendfinder.pipeline.SparkTestSession;
import org.trendfinder.pipeline.analysis.AnalysisParams;
import org.trendfinder.pipeline.detect.DetectionParams;
import org.trendfinder.pipeline.input.AnalyzedWords;
import org.trendfinder.pipeline.input.Ingest;
import org.trendfinder.pipeline.input.IngestManifest;
import org.trendfinder.pipeline.input.LoadedProjects;
import org.trendfinder.pipeline.input.ProjectSource;
import org.trendfinder.pipeline.sample.SampleGenerator;
import org.trendfinder.pipeline.sample.SampleSpec;
import org.trendfinder.pipeline.sample.Truth;
import org.trendfinder.store.RunManifest;
import org.trendfinder.store.StoreLayout;

/**
 * A run from an ingested dataset replays the words the ingest analyzed, and publishes exactly what a run from the
 * raw CSVs publishes; an ingest by another analyzer is not trusted: its words are analyzed again, with the same
 * result.
 */
class IngestedWordsTest {

    @TempDir
    static Path dir;

    static LocalDate end;
    static Map<String, byte[]> fromRaw;
    static Map<String, byte[]> fromIngestedWords;
    static Map<String, byte[]> fromForeignAnalyzer;
    static List<String> columnsWithWords;
    static List<String> columnsWithoutWords;

    @BeforeAll
    static void runFromRawThenFromTheIngest() throws Exception {
        Truth truth = SampleGenerator.generate(new SampleSpec(12_000, 8, SampleSpec.DEFAULT_END_DATE, 2),
                dir.resolve("raw"));
        end = LocalDate.parse(truth.endDate());
        Path ingested = dir.resolve("ingested");
        fromRaw = run(dir.resolve("raw"), "store-raw");
        Ingest.run(SparkTestSession.get(), dir.resolve("raw").toString(), ingested.toString());
        columnsWithWords = columns(ingested);
        fromIngestedWords = run(ingested, "store-ingested");

        Path manifest = ingested.resolve(IngestManifest.FILE_NAME);
        IngestManifest m = IngestManifest.fromJson("test", Files.readAllBytes(manifest));
        Files.write(manifest, new IngestManifest(m.schemaVersion(), m.source(), m.ingestedAt(), m.columns(),
                m.report(), m.unavailable(), m.unavailablePlots(), "0/lucene-0.0.0/another").toJson());
        columnsWithoutWords = columns(ingested);
        fromForeignAnalyzer = run(ingested, "store-foreign");
    }

    @Test
    void aRunFromTheIngestReadsTheWordsTheIngestAnalyzed() {
        assertThat(columnsWithWords).containsAll(AnalyzedWords.columns());
    }

    @Test
    void aRunFromTheIngestPublishesTheSameBytesAsARunFromTheRawFiles() {
        assertThat(fromRaw.keySet()).contains(StoreLayout.DATA).hasSizeGreaterThan(10);
        assertThat(fromIngestedWords.keySet()).containsExactlyElementsOf(fromRaw.keySet());
        fromRaw.forEach((file, bytes) -> assertThat(fromIngestedWords.get(file)).as(file).isEqualTo(bytes));
    }

    @Test
    void wordsOfAnotherAnalyzerAreAnalyzedAgainWithTheSameResult() {
        assertThat(columnsWithoutWords).doesNotContainAnyElementsOf(AnalyzedWords.columns());
        assertThat(fromForeignAnalyzer.keySet()).containsExactlyElementsOf(fromRaw.keySet());
        fromRaw.forEach((file, bytes) -> assertThat(fromForeignAnalyzer.get(file)).as(file).isEqualTo(bytes));
    }

    private static List<String> columns(Path ingested) {
        LoadedProjects loaded = ProjectSource.load(SparkTestSession.get(), ingested.toString());
        return List.of(loaded.projects().columns());
    }

    /** The published attempt's files (relative to the attempt folder) and their bytes. */
    private static Map<String, byte[]> run(Path input, String store) throws IOException {
        TrendFinderJob.Result result = new TrendFinderJob(SparkTestSession.get(), new TrendFinderJob.Options(
                input.toString(), dir.resolve(store).toString(), List.of(end), DetectionParams.defaults(),
                AnalysisParams.defaults(), true, 2)).run();
        RunManifest manifest = result.published().get(0);
        Path attempt = dir.resolve(store).resolve(StoreLayout.runRoot(end, java.util.Optional.of(manifest.attempt())));
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(attempt)) {
            walk.filter(Files::isRegularFile).forEach(f -> {
                try {
                    files.put(attempt.relativize(f).toString(), Files.readAllBytes(f));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return files;
    }
}
