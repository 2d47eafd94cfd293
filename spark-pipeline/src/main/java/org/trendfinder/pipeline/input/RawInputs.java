package org.trendfinder.pipeline.input;

import org.apache.spark.sql.SparkSession;

/** Recognizes which public variant a raw folder holds, from its files, and plans reading it. */
public final class RawInputs {
    private RawInputs() {
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
        InputLocation folder = new InputLocation(inputUri, spark.sparkContext().hadoopConfiguration());
        if (folder.csvFile(InputFile.PROJECTS.fileName()).isPresent()) {
            return NormalizedProjects.plan(spark, inputUri, texts);
        }
        if (ScreeningProjects.isIn(folder)) {
            return ScreeningProjects.plan(spark, folder);
        }
        throw new InputException(inputUri + ": no input found: expected the DonorsChoose files ("
                + InputFile.PROJECTS.fileName() + ", " + InputFile.RESOURCES.fileName() + ", "
                + InputFile.SCHOOLS.fileName() + ", " + InputFile.TEACHERS.fileName() + ") or the Application "
                + "Screening files (" + ScreeningFile.TRAIN.fileName() + " and/or " + ScreeningFile.TEST.fileName()
                + ", " + ScreeningFile.RESOURCES.fileName() + "), each optionally .gz; found: " + folder.listing());
    }
}
