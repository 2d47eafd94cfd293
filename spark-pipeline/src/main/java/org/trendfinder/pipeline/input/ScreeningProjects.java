package org.trendfinder.pipeline.input;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.trendfinder.pipeline.input.ScreeningFile.Cols;

/**
 * Kaggle's "DonorsChoose.org Application Screening" files (train.csv and/or test.csv, resources.csv) ->
 * normalized projects. The files describe each project and its teacher and state but nothing of the school
 * or of funding: those columns hold their unknown values ({@link #UNAVAILABLE} says which, for the manifest),
 * and the school-count minimum of detection counts teachers instead. The cost is the sum of the project's
 * resources.csv lines (quantity x price), the only cost these files give.
 */
public final class ScreeningProjects extends PersistedInput {
    public static final List<String> UNAVAILABLE = List.of(
            "school (school_id, name, city, county, zip, district): unavailable in the Application Screening files;"
                    + " school_id is the teacher's, so the minimum of schools counts teachers",
            "poverty_level, free_lunch_pct: unavailable (no school data)",
            "metro_type: unavailable (no school data)",
            "funding (status, fully_funded_date, expiration_date): unavailable",
            "resource_category, project_type, short_description, teacher_first_posted_date: unavailable",
            "cost: the sum of the project's resources.csv quantity x price");
    /** Plots made only of what these files lack: left out of every run, with a note. */
    public static final java.util.Set<org.trendfinder.store.Plot> UNAVAILABLE_PLOTS = java.util.EnumSet.of(
            org.trendfinder.store.Plot.BY_POVERTY, org.trendfinder.store.Plot.BY_METRO,
            org.trendfinder.store.Plot.BY_RESOURCE, org.trendfinder.store.Plot.COMPOSITION_POVERTY,
            org.trendfinder.store.Plot.COMPOSITION_METRO, org.trendfinder.store.Plot.FUNDING);
    /** Keeps test.csv's record ids apart from train.csv's in the union (both count from 0). */
    private static final long TEST_IDS = 1L << 62;
    private static final String FILE = "_file";
    private static final String LINE_COST = "_line_cost";

    private final Dataset<Row> tagged;
    private final Dataset<Row> resources;
    private final List<ScreeningFile> projectFiles;

    private ScreeningProjects(Dataset<Row> tagged, Dataset<Row> resources, Dataset<Row> projects,
                              List<ScreeningFile> projectFiles, List<Dataset<Row>> persisted) {
        super(projects, persisted);
        this.tagged = tagged;
        this.resources = resources;
        this.projectFiles = projectFiles;
    }

    /** Whether the folder holds the competition's files (train.csv or test.csv, possibly gzip-compressed). */
    static boolean isIn(InputLocation folder) {
        return folder.csvFile(ScreeningFile.TRAIN.fileName()).isPresent()
                || folder.csvFile(ScreeningFile.TEST.fileName()).isPresent();
    }

    static ScreeningProjects plan(SparkSession spark, InputLocation folder, RawCsvReader reader) {
        List<ScreeningFile> files = new ArrayList<>();
        List<Dataset<Row>> parts = new ArrayList<>();
        for (ScreeningFile file : List.of(ScreeningFile.TRAIN, ScreeningFile.TEST)) {
            if (folder.csvFile(file.fileName()).isPresent()) {
                Dataset<Row> rows = ScreeningRows.tag(reader.read(folder, file))
                        .withColumn(FILE, lit(file.ordinal()));
                parts.add(file == ScreeningFile.TEST
                        ? rows.withColumn(RawTable.RECORD_ID, col(RawTable.RECORD_ID).plus(lit(TEST_IDS))) : rows);
                files.add(file);
            }
        }
        RawTable rawResources = reader.read(folder, ScreeningFile.RESOURCES);
        int partitions = spark.sparkContext().defaultParallelism();
        Dataset<Row> union = parts.stream().reduce(Dataset::unionByName).orElseThrow()
                .repartition(partitions, col(ProjectColumns.PROJECT_ID))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> tagged = Duplicates.reject(union, ProjectColumns.PROJECT_ID, "duplicate_project_id", Cols.ID);
        Column lineCost = Numbers.money(rawResources.col(Cols.PRICE))
                .multiply(coalesce(Numbers.integer(rawResources.col(Cols.QUANTITY)), lit(1)));
        Dataset<Row> resources = ResourceItems.tag(rawResources, Cols.ID, Cols.DESCRIPTION, lineCost.as(LINE_COST))
                .persist(StorageLevel.MEMORY_AND_DISK());

        Dataset<Row> items = ResourceItems.perProject(resources, partitions)
                .withColumnRenamed(ProjectColumns.PROJECT_ID, "_items_key").hint("shuffle_hash");
        Dataset<Row> costs = resources.filter(Rejection.isGood())
                .groupBy(col(ProjectColumns.PROJECT_ID).as("_cost_key"))
                .agg(sum(col(LINE_COST)).as(ProjectColumns.COST)).hint("shuffle_hash");
        Dataset<Row> good = tagged.filter(Rejection.isGood());
        Dataset<Row> joined = good
                .join(items, good.col(ProjectColumns.PROJECT_ID).equalTo(col("_items_key")), "left")
                .join(costs, good.col(ProjectColumns.PROJECT_ID).equalTo(col("_cost_key")), "left")
                .withColumn(ProjectColumns.RESOURCE_ITEMS, coalesce(col(ProjectColumns.RESOURCE_ITEMS), lit("")));
        Dataset<Row> projects = joined.select(NormalizedProjects.outputColumns(List.of()).stream()
                .map(c -> col(c)).toArray(Column[]::new));
        Dataset<Row> kept = tagged.persist(StorageLevel.MEMORY_AND_DISK());
        return new ScreeningProjects(kept, resources, projects, files, List.of(union, kept, resources));
    }

    @Override
    public InputReport report() {
        // The last project file's samples first, the resources' last (the order the manifests have always had).
        java.util.LinkedList<RejectTally.Tagged> files = new java.util.LinkedList<>();
        files.add(new RejectTally.Tagged(ScreeningFile.RESOURCES, resources));
        for (ScreeningFile file : projectFiles) {
            Dataset<Row> rows = tagged.filter(col(FILE).equalTo(lit(file.ordinal())));
            files.addFirst(new RejectTally.Tagged(file, file == ScreeningFile.TEST
                    ? rows.withColumn(RawTable.RECORD_ID, col(RawTable.RECORD_ID).minus(lit(TEST_IDS))) : rows));
        }
        return RejectTally.of(files, InputReport.SAMPLES_PER_REASON);
    }

    @Override
    public List<String> unavailable() {
        return UNAVAILABLE;
    }

    @Override
    public java.util.Set<org.trendfinder.store.Plot> unavailablePlots() {
        return UNAVAILABLE_PLOTS;
    }
}
