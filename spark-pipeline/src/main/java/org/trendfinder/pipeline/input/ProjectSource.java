package org.trendfinder.pipeline.input;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trendfinder.pipeline.store.HadoopStoreFiles;

/**
 * Loads the normalized projects from either an ingested dataset ({@code _ingest.json} present) or a raw
 * DonorsChoose folder ({@code Projects.csv} present), validating and normalizing raw input in memory. An ingested
 * dataset's projects also carry the {@link AnalyzedWords} columns when this build can replay them.
 */
public final class ProjectSource {
    private static final Logger LOG = LoggerFactory.getLogger(ProjectSource.class);

    private ProjectSource() {
    }

    public static LoadedProjects load(SparkSession spark, String inputUri) {
        return load(spark, inputUri, ProjectColumns.TEXTS);
    }

    /**
     * As {@link #load(SparkSession, String)}; raw input keeps only the {@code texts} among
     * {@link ProjectColumns#TEXTS} (the others null), so a run never shuffles or caches text it does not read.
     */
    public static LoadedProjects load(SparkSession spark, String inputUri, java.util.Set<String> texts) {
        InputLocation folder = new InputLocation(inputUri, spark.sparkContext().hadoopConfiguration());
        if (folder.file(IngestManifest.FILE_NAME).isPresent()) {
            return loadIngested(spark, inputUri, folder);
        }
        if (RawInputs.isRaw(folder)) {
            return loadRaw(spark, inputUri, texts);
        }
        throw new InputException(inputUri + ": neither an ingested dataset (" + IngestManifest.FILE_NAME
                + ") nor a raw DonorsChoose folder (" + InputFile.PROJECTS.fileName() + ", or the Application "
                + "Screening " + ScreeningFile.TRAIN.fileName() + " / " + ScreeningFile.TEST.fileName() + "); found: "
                + folder.listing());
    }

    private static LoadedProjects loadIngested(SparkSession spark, String inputUri, InputLocation folder) {
        IngestManifest manifest;
        try {
            byte[] json = new HadoopStoreFiles(folder.folder().toString(), spark.sparkContext().hadoopConfiguration())
                    .read(IngestManifest.FILE_NAME)
                    .orElseThrow(() -> new InputException(inputUri + ": " + IngestManifest.FILE_NAME + " vanished"));
            manifest = IngestManifest.fromJson(folder.child(IngestManifest.FILE_NAME).toString(), json);
        } catch (IOException e) {
            throw new InputException(inputUri + ": cannot read " + IngestManifest.FILE_NAME + ": " + e.getMessage(), e);
        }
        Dataset<Row> parquet = spark.read().parquet(folder.folder().toString());
        List<String> present = List.of(parquet.columns());
        List<String> expected = NormalizedProjects.outputColumns(present);
        for (String c : expected) {
            if (!present.contains(c)) {
                throw new InputException(inputUri + ": ingested dataset lacks column '" + c + "'; found: " + present);
            }
        }
        Optional<String> noWords = AnalyzedWords.unusable(manifest.analyzer(), present);
        if (noWords.isPresent()) {
            LOG.info("{}: the run analyzes the texts itself: {}", inputUri, noWords.get());
        } else {
            expected = Stream.concat(expected.stream(), AnalyzedWords.columns().stream()).toList();
        }
        // The partition column comes back from the folder names: pin its type.
        Column[] columns = expected.stream()
                .map(c -> c.equals(ProjectColumns.POSTED_YEAR) ? col(c).cast(DataTypes.IntegerType).as(c) : col(c))
                .toArray(Column[]::new);
        return new LoadedProjects(parquet.select(columns), manifest.report(), LoadedProjects.PARQUET, inputUri,
                manifest.unavailable() == null ? List.of() : manifest.unavailable(),
                manifest.unavailablePlots() == null ? java.util.Set.of() : manifest.unavailablePlots(),
                Optional.empty());
    }

    private static LoadedProjects loadRaw(SparkSession spark, String inputUri, java.util.Set<String> texts) {
        return RawInputs.read(spark, inputUri, texts, input -> {
            // Later steps scan the projects several times: keep the result, then drop the intermediate copies.
            Dataset<Row> persisted = input.projects().persist(StorageLevel.MEMORY_AND_DISK());
            try {
                persisted.count();
            } catch (Exception e) { // a failed job's SparkException is checked, thrown from Scala
                persisted.unpersist(false);
                throw e;
            }
            return new LoadedProjects(CachedScan.of(spark, persisted), input.report(), LoadedProjects.CSV, inputUri,
                    input.unavailable(), input.unavailablePlots(), Optional.of(persisted));
        });
    }
}
