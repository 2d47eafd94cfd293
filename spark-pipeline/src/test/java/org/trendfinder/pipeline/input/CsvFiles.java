package org.trendfinder.pipeline.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes tiny hand-made DonorsChoose folders for the tests. */
final class CsvFiles {
    static final String PROJECTS_HEADER = "Project ID,School ID,Teacher ID,Teacher Project Posted Sequence,Project Type,"
            + "Project Title,Project Essay,Project Short Description,Project Need Statement,"
            + "Project Subject Category Tree,Project Subject Subcategory Tree,Project Grade Level Category,"
            + "Project Resource Category,Project Cost,Project Posted Date,Project Expiration Date,"
            + "Project Current Status,Project Fully Funded Date";
    static final String RESOURCES_HEADER = "Project ID,Resource Item Name,Resource Quantity,Resource Unit Price,"
            + "Resource Vendor Name";
    static final String SCHOOLS_HEADER = "School ID,School Name,School Metro Type,School Percentage Free Lunch,"
            + "School State,School Zip,School City,School County,School District";
    static final String TEACHERS_HEADER = "Teacher ID,Teacher Prefix,Teacher First Project Posted Date";

    private CsvFiles() {
    }

    static void write(Path folder, String name, String... lines) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A project line in the full 18-column layout. */
    static String project(String id, String school, String teacher, String title, String essay, String tree,
                          String grade, String cost, String posted) {
        return String.join(",", id, school, teacher, "3", "Teacher-Led", title, essay, "short", "My students need it.",
                tree, "\"Literacy, Mathematics\"", grade, "Supplies", cost, posted, "2018-06-01", "Fully Funded",
                "2018-02-01");
    }

    /** A consistent small folder: 4 good projects (one with a multi-line essay), 2 schools, 2 teachers. */
    static void goodFolder(Path folder) {
        write(folder, "Projects.csv", PROJECTS_HEADER,
                project("p1", "s1", "t1", "Books", "\"Line one, with comma\nline \"\"two\"\"\"",
                        "\"Literacy & Language, Warmth, Care & Hunger\"", "Grades PreK-2", "\"$1,234.56\"",
                        "2017-01-05"),
                project("p2", "s2", "t2", "Robots", "Short essay", "Math & Science", "Grades 9-12", "100",
                        "2018-03-14 10:22:01"),
                project("p3", "s1", "t2", "Paint", "Colors", "Music & The Arts", "grades 3-5", "25.5", "2018-01-02"),
                project("p4", "s2", "t9", "Balls", "Play", "Health & Sports", "Grades 6-8", "$10", "2016-12-31"));
        write(folder, "Resources.csv", RESOURCES_HEADER,
                "p1,Crayons,2,1.5,Vendor",
                "p1,\"Paper, white\",1,3.0,Vendor",
                "p2,Robot kit,1,99,Vendor",
                "p9,Orphan item,1,1,Vendor");
        write(folder, "Schools.csv", SCHOOLS_HEADER,
                "s1,Lincoln Elementary,Urban,65,New York,10001,New York,New York,NYC District",
                "s2,Smallville High,rural,9.99,XX,66002,Smallville,Lowell,Smallville USD");
        write(folder, "Teachers.csv", TEACHERS_HEADER,
                "t1,Mrs.,2015-01-01",
                "t2,mr,2016-02-03");
    }
}
