package org.trendfinder.pipeline.input;

import java.util.Set;
import java.util.function.Function;

import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Recognizes which public variant a raw folder holds, from its files, and plans reading it. */
public final class RawInputs {
    private static final Logger LOG = LoggerFactory.getLogger(RawInputs.class);

    private RawInputs() {
    }

    /**
     * Plans the input, hands it to {@code use} (which runs the Spark jobs: everything that reads the rows
     * belongs inside it) and closes it. A multi-line file read in byte ranges proves each range while reading it;
     * when one turns out misplaced ({@link MisplacedCsvRange}), {@code use} fails, the input is planned again
     * with such files read in one task, and {@code use} runs again on it: nothing computed from the misplaced
     * read survives.
     */
    public static <T> T read(SparkSession spark, String inputUri, Set<String> texts, Function<RawInput, T> use) {
        RawCsvReader reader = new RawCsvReader(spark);
        try (RawInput input = plan(spark, inputUri, texts, reader)) {
            return use.apply(input);
        } catch (Exception e) { // a Spark job failure is a checked SparkException, thrown from Scala
            if (!MisplacedCsvRange.isCauseOf(e)) {
                throw e;
            }
            LOG.warn("{}: a byte range of a multi-line file did not end between records; reading such files in one "
                    + "task ({})", inputUri, e.getMessage());
        }
        try (RawInput input = plan(spark, inputUri, texts, reader.inOneTask())) {
            return use.apply(input);
        }
    }

    /** Whether the folder holds raw CSV input of any known variant. */
    static boolean isRaw(InputLocation folder) {
        return folder.csvFile(InputFile.PROJECTS.fileName()).isPresent() || ScreeningProjects.isIn(folder);
    }

    /**
     * The 2018 DonorsChoose files (Projects.csv, with names as written by pandas or R) or Kaggle's Application
     * Screening files (train.csv / test.csv); either may be gzip-compressed. Throws {@link InputException}
     * naming what is missing before Spark reads any data.
     */
    public static RawInput plan(SparkSession spark, String inputUri) {
        return plan(spark, inputUri, ProjectColumns.TEXTS);
    }

    /** As {@link #plan(SparkSession, String)}, with only the {@code texts} columns filled (others null). */
    public static RawInput plan(SparkSession spark, String inputUri, java.util.Set<String> texts) {
        return plan(spark, inputUri, texts, new RawCsvReader(spark));
    }

    private static RawInput plan(SparkSession spark, String inputUri, Set<String> texts, RawCsvReader reader) {
        InputLocation folder = new InputLocation(inputUri, spark.sparkContext().hadoopConfiguration());
        if (folder.csvFile(InputFile.PROJECTS.fileName()).isPresent()) {
            return NormalizedProjects.plan(spark, folder, texts, reader);
        }
        if (ScreeningProjects.isIn(folder)) {
            return ScreeningProjects.plan(spark, folder, reader);
        }
        throw new InputException(inputUri + ": no input found: expected the DonorsChoose files ("
                + InputFile.PROJECTS.fileName() + ", " + InputFile.RESOURCES.fileName() + ", "
                + InputFile.SCHOOLS.fileName() + ", " + InputFile.TEACHERS.fileName() + ") or the Application "
                + "Screening files (" + ScreeningFile.TRAIN.fileName() + " and/or " + ScreeningFile.TEST.fileName()
                + ", " + ScreeningFile.RESOURCES.fileName() + "), each optionally .gz; found: " + folder.listing());
    }
}
