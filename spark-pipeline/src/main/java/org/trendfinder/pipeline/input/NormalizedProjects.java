package org.trendfinder.pipeline.input;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.trendfinder.pipeline.input.InputFile.Cols;

/**
 * Raw DonorsChoose folder -> validated, normalized projects with school, teacher and resources joined, plus
 * the {@link InputReport}. Each CSV is parsed once: the tagged rows are persisted (memory, then disk), and
 * the counts, samples and good rows are all derived from that copy. Projects.csv, which a multi-line parse
 * reads in one task, is repartitioned by project id right after parsing so everything after it runs in
 * parallel. {@link #close()} releases the persisted copies.
 */
public final class NormalizedProjects extends PersistedInput {
    public static final String UNKNOWN_TEACHER = "unknown_teacher";
    private static final long BYTES_PER_PARTITION = 64L << 20;

    private final List<RawTable> raw;
    private final Dataset<Row> schools;
    private final Dataset<Row> teachers;
    private final Dataset<Row> resources;
    private final Dataset<Row> taggedProjects;

    private NormalizedProjects(List<RawTable> raw, Dataset<Row> schools, Dataset<Row> teachers,
                               Dataset<Row> resources, Dataset<Row> taggedProjects, Dataset<Row> projects,
                               List<Dataset<Row>> persisted) {
        super(projects, persisted);
        this.raw = raw;
        this.schools = schools;
        this.teachers = teachers;
        this.resources = resources;
        this.taggedProjects = taggedProjects;
    }

    /**
     * Plans the work (nothing is computed yet); throws {@link InputException} at once when a file or a
     * required column is missing.
     */
    public static NormalizedProjects plan(SparkSession spark, String inputUri) {
        return plan(spark, inputUri, ProjectColumns.TEXTS);
    }

    /**
     * As {@link #plan(SparkSession, String)}, keeping only the {@code texts} among {@link ProjectColumns#TEXTS}
     * (the others are null): without {@link ProjectColumns#RESOURCE_ITEMS}, Resources.csv is only counted and
     * checked, never grouped or joined.
     */
    public static NormalizedProjects plan(SparkSession spark, String inputUri, java.util.Set<String> texts) {
        return plan(spark, new InputLocation(inputUri, spark.sparkContext().hadoopConfiguration()), texts,
                new RawCsvReader(spark));
    }

    static NormalizedProjects plan(SparkSession spark, InputLocation folder, java.util.Set<String> texts,
                                   RawCsvReader reader) {
        // Read every header first so any missing file or column stops the run before Spark does any work.
        RawTable rawProjects = reader.read(folder, InputFile.PROJECTS);
        RawTable rawResources = reader.read(folder, InputFile.RESOURCES);
        RawTable rawSchools = reader.read(folder, InputFile.SCHOOLS);
        RawTable rawTeachers = reader.read(folder, InputFile.TEACHERS);

        List<Dataset<Row>> persisted = new ArrayList<>();
        Dataset<Row> schools = keep(SchoolTable.tag(rawSchools), persisted);
        Dataset<Row> teachers = keep(TeacherTable.tag(rawTeachers), persisted);
        Dataset<Row> resources = keep(ResourceItems.tag(rawResources), persisted);

        int partitions = (int) Math.max(spark.sparkContext().defaultParallelism(),
                (rawProjects.bytes() + BYTES_PER_PARTITION - 1) / BYTES_PER_PARTITION);
        Dataset<Row> goodSchools = schools.filter(Rejection.isGood())
                .drop(Rejection.REASON, Rejection.FIELD, Rejection.VALUE, RejectTally.WARNING, RawTable.RECORD_ID)
                .withColumnRenamed(ProjectColumns.SCHOOL_ID, "_school_key");
        Dataset<Row> goodTeachers = teachers.filter(Rejection.isGood())
                .select(col(ProjectColumns.TEACHER_ID).as("_teacher_key"), col(ProjectColumns.TEACHER_PREFIX),
                        col(ProjectColumns.TEACHER_FIRST_POSTED_DATE));
        Dataset<Row> parsed = withItems(ProjectRows.tag(rawProjects, texts)
                .repartition(partitions, col(ProjectColumns.PROJECT_ID)), resources, partitions, texts);
        // Schools and teachers are small (73 k and 403 k rows in 2018): broadcast them.
        Dataset<Row> withSchool = parsed
                .join(broadcast(goodSchools), parsed.col(ProjectColumns.SCHOOL_ID).equalTo(col("_school_key")), "left");
        Dataset<Row> withTeacher = withSchool
                .join(broadcast(goodTeachers),
                        withSchool.col(ProjectColumns.TEACHER_ID).equalTo(col("_teacher_key")), "left")
                .withColumn(RejectTally.WARNING, when(col("_teacher_key").isNull(), lit(UNKNOWN_TEACHER)))
                .withColumn(ProjectColumns.TEACHER_PREFIX,
                        coalesce(col(ProjectColumns.TEACHER_PREFIX), lit(Categories.UNKNOWN)));
        Dataset<Row> tagged = Rejection.also(withTeacher, new Rejection("unknown_school", Cols.SCHOOL_ID,
                        col("_school_key").isNull(), col(ProjectColumns.SCHOOL_ID)))
                .drop("_teacher_key");
        tagged = keep(tagged, persisted);
        tagged = Duplicates.reject(tagged, ProjectColumns.PROJECT_ID, "duplicate_project_id", Cols.PROJECT_ID);

        List<String> flags = SchoolTable.flagColumns(rawSchools);
        Dataset<Row> good = tagged.filter(Rejection.isGood());
        Dataset<Row> projects = good.select(outputColumns(flags).stream().map(c -> col(c)).toArray(Column[]::new));
        return new NormalizedProjects(List.of(rawProjects, rawResources, rawSchools, rawTeachers), schools,
                teachers, resources, tagged, projects, persisted);
    }

    /**
     * Each project's resource item names, joined right after the projects are partitioned by id, where the
     * items (partitioned the same way) meet them without moving or sorting a project row: joined after the
     * projects were cached, the rows, essays included, were shuffled again, since the cache does not keep the
     * partitioning. Without {@link ProjectColumns#RESOURCE_ITEMS} among the texts, the column is null.
     */
    private static Dataset<Row> withItems(Dataset<Row> projects, Dataset<Row> resources, int partitions,
                                          java.util.Set<String> texts) {
        if (!texts.contains(ProjectColumns.RESOURCE_ITEMS)) {
            return projects.withColumn(ProjectColumns.RESOURCE_ITEMS, lit(null).cast(DataTypes.StringType));
        }
        Dataset<Row> items = ResourceItems.perProject(resources, partitions)
                .withColumnRenamed(ProjectColumns.PROJECT_ID, "_resource_key");
        return projects.join(items.hint("shuffle_hash"),
                        projects.col(ProjectColumns.PROJECT_ID).equalTo(col("_resource_key")), "left")
                .withColumn(ProjectColumns.RESOURCE_ITEMS, coalesce(col(ProjectColumns.RESOURCE_ITEMS), lit("")))
                .drop("_resource_key");
    }

    /** {@link ProjectColumns} in declaration order, then the present school flags. */
    public static List<String> outputColumns(List<String> presentFlags) {
        return Stream.concat(Stream.of(
                ProjectColumns.PROJECT_ID, ProjectColumns.SCHOOL_ID, ProjectColumns.TEACHER_ID,
                ProjectColumns.POSTED_DATE, ProjectColumns.POSTED_YEAR, ProjectColumns.TITLE, ProjectColumns.ESSAY,
                ProjectColumns.SHORT_DESCRIPTION, ProjectColumns.NEED_STATEMENT, ProjectColumns.RESOURCE_ITEMS,
                ProjectColumns.RESOURCE_CATEGORY, ProjectColumns.PROJECT_TYPE, ProjectColumns.SUBJECTS,
                ProjectColumns.SUBJECT_SUBCATEGORIES, ProjectColumns.GRADE_LEVEL, ProjectColumns.COST,
                ProjectColumns.STATUS, ProjectColumns.EXPIRATION_DATE, ProjectColumns.FULLY_FUNDED_DATE,
                ProjectColumns.TEACHER_PREFIX, ProjectColumns.TEACHER_FIRST_POSTED_DATE,
                ProjectColumns.TEACHER_PROJECT_SEQUENCE, ProjectColumns.SCHOOL_NAME, ProjectColumns.STATE,
                ProjectColumns.SCHOOL_CITY, ProjectColumns.SCHOOL_COUNTY, ProjectColumns.SCHOOL_ZIP,
                ProjectColumns.SCHOOL_DISTRICT, ProjectColumns.METRO_TYPE, ProjectColumns.FREE_LUNCH_PCT,
                ProjectColumns.POVERTY_LEVEL),
                ProjectColumns.SCHOOL_FLAGS.stream().filter(presentFlags::contains)).toList();
    }

    /** Counts and samples of all four files (two small jobs over the persisted rows). */
    @Override
    public InputReport report() {
        return RejectTally.of(List.of(new RejectTally.Tagged(InputFile.PROJECTS, taggedProjects),
                new RejectTally.Tagged(InputFile.RESOURCES, resources), new RejectTally.Tagged(InputFile.SCHOOLS, schools),
                new RejectTally.Tagged(InputFile.TEACHERS, teachers)), InputReport.SAMPLES_PER_REASON);
    }

    /** Where the input came from (the Projects.csv folder). */
    public String projectsPath() {
        return raw.get(0).path();
    }

    /** The 2018 files carry every column. */
    @Override
    public List<String> unavailable() {
        return List.of();
    }

    private static Dataset<Row> keep(Dataset<Row> d, List<Dataset<Row>> persisted) {
        Dataset<Row> p = d.persist(StorageLevel.MEMORY_AND_DISK());
        persisted.add(p);
        return p;
    }
}
