package org.trendfinder.pipeline.input;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trendfinder.pipeline.SparkTestSession;
import org.trendfinder.store.RunManifest.RejectedRow;

class NormalizedProjectsTest {
    @TempDir
    Path dir;

    /** The good folder plus one bad row per reason; record numbers in comments (header excluded). */
    private void folderWithBadRows() {
        CsvFiles.goodFolder(dir);
        CsvFiles.write(dir, "Projects.csv", CsvFiles.PROJECTS_HEADER,
                CsvFiles.project("p1", "s1", "t1", "Books", "\"Line one, with comma\nline \"\"two\"\"\"",
                        "\"Literacy & Language, Warmth, Care & Hunger\"", "Grades PreK-2", "\"$1,234.56\"",
                        "2017-01-05"),                                                                  // 1
                CsvFiles.project("p2", "s2", "t2", "Robots", "Short essay", "Math & Science", "Grades 9-12", "100",
                        "2018-03-14 10:22:01"),                                                         // 2
                CsvFiles.project("p3", "s1", "t2", "Paint", "Colors", "Music & The Arts", "grades 3-5", "25.5",
                        "2018-01-02"),                                                                  // 3
                CsvFiles.project("p4", "s2", "t9", "Balls", "Play", "Health & Sports", "Grades 6-8", "$10",
                        "2016-12-31"),                                                                  // 4
                CsvFiles.project("", "s1", "t1", "No id", "x", "Math & Science", "Grades 3-5", "1", "2018-01-01"), // 5
                CsvFiles.project("p6", "s1", "t1", "Bad date", "x", "Math & Science", "Grades 3-5", "1",
                        "2018-13-45"),                                                                  // 6
                CsvFiles.project("p7", "s404", "t1", "Lost school", "x", "Math & Science", "Grades 3-5", "1",
                        "2018-01-01"),                                                                  // 7
                CsvFiles.project("p1", "s1", "t1", "Again", "x", "Math & Science", "Grades 3-5", "1",
                        "2018-01-01"),                                                                  // 8
                CsvFiles.project("p8", "s1", "t1", "Bad cost", "x", "Math & Science", "Grades 3-5", "lots",
                        "2018-01-01"),                                                                  // 9
                "p9,s1",                                                                                // 10
                CsvFiles.project("p10", "s1", "", "No teacher", "x", "Math & Science", "Grades 3-5", "1",
                        "2018-01-01"));                                                                 // 11
    }

    @Test
    void rejectsBadRowsByReasonAndKeepsEveryGoodRow() {
        folderWithBadRows();
        try (NormalizedProjects input = NormalizedProjects.plan(SparkTestSession.get(), dir.toString())) {
            List<String> ids = input.projects().orderBy("project_id").select("project_id").as(
                    org.apache.spark.sql.Encoders.STRING()).collectAsList();
            assertThat(ids).containsExactly("p1", "p2", "p3", "p4");
            assertThat(input.projects().filter(col("project_id").equalTo("p1")).first().<String>getAs("title"))
                    .as("the first occurrence of a repeated id is kept").isEqualTo("Books");

            InputReport report = input.report();
            assertThat(report.rowsRead()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "Projects.csv", 11L, "Resources.csv", 4L, "Schools.csv", 2L, "Teachers.csv", 2L));
            assertThat(report.rowsRejected()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "Projects.csv:missing_project_id", 1L,
                    "Projects.csv:bad_posted_date", 1L,
                    "Projects.csv:unknown_school", 1L,
                    "Projects.csv:duplicate_project_id", 1L,
                    "Projects.csv:bad_cost", 1L,
                    "Projects.csv:malformed_row", 1L,
                    "Projects.csv:missing_teacher_id", 1L));
            assertThat(report.validProjects()).isEqualTo(4);
            assertThat(report.warnings()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "Projects.csv:" + NormalizedProjects.UNKNOWN_TEACHER, 1L,
                    "Schools.csv:" + SchoolTable.UNMAPPED_STATE, 1L));
            assertThat(report.samples()).containsExactlyInAnyOrder(
                    new RejectedRow("Projects.csv", 5, "Project ID", "missing_project_id", ""),
                    new RejectedRow("Projects.csv", 6, "Project Posted Date", "bad_posted_date", "2018-13-45"),
                    new RejectedRow("Projects.csv", 7, "School ID", "unknown_school", "s404"),
                    new RejectedRow("Projects.csv", 8, "Project ID", "duplicate_project_id", "p1"),
                    new RejectedRow("Projects.csv", 9, "Project Cost", "bad_cost", "lots"),
                    new RejectedRow("Projects.csv", 10, "(row)", "malformed_row", "p9,s1"),
                    new RejectedRow("Projects.csv", 11, "Teacher ID", "missing_teacher_id", "p10"));
        }
    }

    @Test
    void normalizesAndJoinsSchoolTeacherAndResources() {
        CsvFiles.goodFolder(dir);
        try (NormalizedProjects input = NormalizedProjects.plan(SparkTestSession.get(), dir.toString())) {
            Dataset<Row> actual = input.projects().orderBy("project_id").select("project_id", "posted_year", "cost",
                    "grade_level", "state", "metro_type", "poverty_level", "teacher_prefix", "resource_items");
            StructType schema = new StructType()
                    .add("project_id", DataTypes.StringType).add("posted_year", DataTypes.IntegerType)
                    .add("cost", DataTypes.DoubleType).add("grade_level", DataTypes.StringType)
                    .add("state", DataTypes.StringType).add("metro_type", DataTypes.StringType)
                    .add("poverty_level", DataTypes.StringType).add("teacher_prefix", DataTypes.StringType)
                    .add("resource_items", DataTypes.StringType);
            Dataset<Row> expected = SparkTestSession.get().createDataFrame(List.of(
                    RowFactory.create("p1", 2017, 1234.56, "Grades PreK-2", "NY", "urban", "highest poverty", "Mrs.",
                            "Crayons\nPaper, white"),
                    RowFactory.create("p2", 2018, 100.0, "Grades 9-12", "Unknown", "rural", "low poverty", "Mr.",
                            "Robot kit"),
                    RowFactory.create("p3", 2018, 25.5, "Grades 3-5", "NY", "urban", "highest poverty", "Mr.", ""),
                    RowFactory.create("p4", 2016, 10.0, "Grades 6-8", "Unknown", "rural", "low poverty", "Unknown",
                            "")), schema);
            SparkTestSession.assertDataFrameEquals(expected, Frames.nullable(actual));

            Row p1 = input.projects().filter(col("project_id").equalTo("p1")).first();
            assertThat(p1.<String>getAs("essay")).isEqualTo("Line one, with comma\nline \"two\"");
            assertThat(p1.getList(p1.fieldIndex("subjects"))).containsExactly("Literacy & Language",
                    "Warmth, Care & Hunger");
            assertThat(p1.getList(p1.fieldIndex("subject_subcategories"))).containsExactly("Literacy", "Mathematics");
            assertThat(p1.<java.sql.Date>getAs("posted_date")).isEqualTo(java.sql.Date.valueOf("2017-01-05"));
            assertThat(input.projects().columns()).containsExactlyElementsOf(NormalizedProjects.outputColumns(List.of()));
            assertThat(input.report().rowsRejected()).isEmpty();
        }
    }

    @Test
    void carriesPresentSchoolFlagsOnly() {
        CsvFiles.goodFolder(dir);
        CsvFiles.write(dir, "Schools.csv", CsvFiles.SCHOOLS_HEADER + ",School Charter,School Magnet",
                "s1,Lincoln Elementary,Urban,65,New York,10001,New York,New York,NYC District,t,f",
                "s2,Smallville High,rural,9.99,Kansas,66002,Smallville,Lowell,Smallville USD,f,");
        try (NormalizedProjects input = NormalizedProjects.plan(SparkTestSession.get(), dir.toString())) {
            Dataset<Row> p = input.projects();
            assertThat(p.columns()).endsWith("poverty_level", "school_charter", "school_magnet");
            List<Row> flags = p.orderBy("project_id").select("school_charter", "school_magnet").collectAsList();
            assertThat(flags.get(0).getBoolean(0)).isTrue();
            assertThat(flags.get(0).getBoolean(1)).isFalse();
            assertThat(flags.get(1).isNullAt(1)).isTrue();
        }
    }
}
