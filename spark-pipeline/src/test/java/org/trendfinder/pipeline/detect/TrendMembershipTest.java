package org.trendfinder.pipeline.detect;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.trendfinder.pipeline.SparkTestSession;
import org.trendfinder.pipeline.text.TextField;

class TrendMembershipTest {

    private static Trend trend(String term, String key, String slug) {
        return new Trend(1, term, key, slug, 1.0, 1, 0.1, 0.01, 10, Map.of());
    }

    @Test
    void listsEveryProjectOfAnyDateContainingATrendKey() {
        Dataset<Row> projects = new TestProjects()
                .addWithText("p1", LocalDate.of(2015, 1, 5), "Flexible Seating!", null, "wobble stool")
                .addWithText("p2", LocalDate.of(2019, 6, 1), null, "<p>We want flexible seating options</p>", null)
                .addWithText("p3", LocalDate.of(2019, 6, 2), "Flexible minds", null, "seating chart")
                .addWithText("p4", LocalDate.of(2019, 6, 3), null, null, "Wobble Stools\nbean bags")
                .dataset();
        List<Trend> trends = List.of(trend("flexible seating", "flexible seating", "flexible-seating"),
                trend("wobble stools", "wobble stool", "wobble-stools"));
        DetectionParams params = DetectionParams.defaults().toBuilder()
                .fields(List.of(TextField.RESOURCES, TextField.TITLE, TextField.ESSAY)).build();

        Dataset<Row> actual = TrendMembership.of(AnalyzedTexts.of(projects, params.fields()), trends, params).orderBy("project_id", "slug");
        Dataset<Row> expected = SparkTestSession.get().createDataFrame(List.of(
                RowFactory.create("p1", "flexible-seating"),
                RowFactory.create("p1", "wobble-stools"),
                RowFactory.create("p2", "flexible-seating"),
                RowFactory.create("p4", "wobble-stools")), TrendMembership.SCHEMA);
        SparkTestSession.assertDataFrameEquals(expected, actual);
    }
}
