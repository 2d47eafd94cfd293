package org.trendfinder.pipeline.analysis;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.trendfinder.pipeline.input.ProjectColumns;

/** Hand-made normalized projects and trend membership for the analyses' tests. */
final class TestProjects {

    /** One project; {@code with*} methods return modified copies. */
    record P(String id, LocalDate posted, String state, String county, String metro, String poverty, String grade,
             List<String> subjects, String resource, String prefix, double cost, String status, LocalDate funded,
             String title, Boolean charter) {

        static P of(String id, String posted) {
            return new P(id, LocalDate.parse(posted), "CA", "Alameda", "urban", "low poverty", "Grades 3-5",
                    List.of(), "Supplies", "Ms.", 100, "Expired", null, "Title " + id, false);
        }

        P state(String s, String c) {
            return new P(id, posted, s, c, metro, poverty, grade, subjects, resource, prefix, cost, status, funded,
                    title, charter);
        }

        P metro(String m) {
            return new P(id, posted, state, county, m, poverty, grade, subjects, resource, prefix, cost, status,
                    funded, title, charter);
        }

        P poverty(String p) {
            return new P(id, posted, state, county, metro, p, grade, subjects, resource, prefix, cost, status,
                    funded, title, charter);
        }

        P subjects(String... s) {
            return new P(id, posted, state, county, metro, poverty, grade, List.of(s), resource, prefix, cost, status,
                    funded, title, charter);
        }

        P cost(double c) {
            return new P(id, posted, state, county, metro, poverty, grade, subjects, resource, prefix, c, status,
                    funded, title, charter);
        }

        P funded(String date) {
            return new P(id, posted, state, county, metro, poverty, grade, subjects, resource, prefix, cost,
                    "Fully Funded", LocalDate.parse(date), title, charter);
        }

        P charter(boolean c) {
            return new P(id, posted, state, county, metro, poverty, grade, subjects, resource, prefix, cost, status,
                    funded, title, c);
        }
    }

    private TestProjects() {
    }

    static Dataset<Row> projects(SparkSession spark, List<P> projects, boolean withCharterFlag) {
        StructType schema = new StructType()
                .add(ProjectColumns.PROJECT_ID, DataTypes.StringType, false)
                .add(ProjectColumns.POSTED_DATE, DataTypes.DateType, false)
                .add(ProjectColumns.STATE, DataTypes.StringType)
                .add(ProjectColumns.SCHOOL_COUNTY, DataTypes.StringType)
                .add(ProjectColumns.SCHOOL_CITY, DataTypes.StringType)
                .add(ProjectColumns.METRO_TYPE, DataTypes.StringType)
                .add(ProjectColumns.POVERTY_LEVEL, DataTypes.StringType)
                .add(ProjectColumns.GRADE_LEVEL, DataTypes.StringType)
                .add(ProjectColumns.SUBJECTS, DataTypes.createArrayType(DataTypes.StringType))
                .add(ProjectColumns.RESOURCE_CATEGORY, DataTypes.StringType)
                .add(ProjectColumns.TEACHER_PREFIX, DataTypes.StringType)
                .add(ProjectColumns.COST, DataTypes.DoubleType)
                .add(ProjectColumns.STATUS, DataTypes.StringType)
                .add(ProjectColumns.FULLY_FUNDED_DATE, DataTypes.DateType)
                .add(ProjectColumns.TITLE, DataTypes.StringType);
        if (withCharterFlag) {
            schema = schema.add("school_charter", DataTypes.BooleanType);
        }
        List<Row> rows = new ArrayList<>();
        for (P p : projects) {
            List<Object> cells = new ArrayList<>(List.of(p.id(), Date.valueOf(p.posted()), p.state(), p.county(),
                    "City", p.metro(), p.poverty(), p.grade()));
            cells.add(p.subjects());
            cells.addAll(List.of(p.resource(), p.prefix(), p.cost(), p.status()));
            cells.add(p.funded() == null ? null : Date.valueOf(p.funded()));
            cells.add(p.title());
            if (withCharterFlag) {
                cells.add(p.charter());
            }
            rows.add(RowFactory.create(cells.toArray()));
        }
        return spark.createDataFrame(rows, schema);
    }

    /** slug -> project ids. */
    static Dataset<Row> membership(SparkSession spark, Map<String, List<String>> members) {
        StructType schema = new StructType().add("project_id", DataTypes.StringType, false)
                .add("slug", DataTypes.StringType, false);
        List<Row> rows = new ArrayList<>();
        members.forEach((slug, ids) -> ids.forEach(id -> rows.add(RowFactory.create(id, slug))));
        return spark.createDataFrame(rows, schema);
    }
}
