package org.trendfinder.pipeline.input;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.trendfinder.pipeline.SparkTestSession;
import org.trendfinder.store.UsStates;

/** Each normalizer alone, as Spark columns over hand-made values. */
class NormalizationTest {

    /** Applies {@code f} to a one-column Dataset of {@code values}, keeping the input order. */
    private static List<Object> apply(UnaryOperator<Column> f, String... values) {
        Dataset<Row> in = SparkTestSession.get().createDataset(Arrays.asList(values), Encoders.STRING()).toDF("v");
        return in.select(f.apply(col("v"))).collectAsList().stream().map(r -> r.isNullAt(0) ? null : r.get(0)).toList();
    }

    @Test
    void mapsStateNamesAndCodesToUspsCodesAndUnmappedToUnknown() {
        assertThat(apply(StateCodes::code, "New York", "  new   york ", "NY", "ny", "District of Columbia",
                "Puerto Rico", "Guam", "Atlantis", "", null))
                .containsExactly("NY", "NY", "NY", "NY", "DC", "PR", "GU", "Unknown", "Unknown", "Unknown");
        assertThat(UsStates.code("Wyoming")).contains("WY");
        assertThat(UsStates.code("Narnia")).isEmpty();
    }

    @Test
    void povertyBandsAtTheirBoundaries() {
        List<Object> bands = apply(c -> PovertyBands.of(Numbers.percent(c)), "65", "64.9", "40", "39.99", "10", "9.99",
                "0", "100", null, "abc", "101");
        assertThat(bands).containsExactly("highest poverty", "high poverty", "high poverty", "moderate poverty",
                "moderate poverty", "low poverty", "low poverty", "highest poverty", "unknown", "unknown", "unknown");
        assertThat(PovertyBands.of(65.0)).isEqualTo("highest poverty");
        assertThat(PovertyBands.of(64.9)).isEqualTo("high poverty");
        assertThat(PovertyBands.of(40.0)).isEqualTo("high poverty");
        assertThat(PovertyBands.of(10.0)).isEqualTo("moderate poverty");
        assertThat(PovertyBands.of(9.99)).isEqualTo("low poverty");
        assertThat(PovertyBands.of((Double) null)).isEqualTo("unknown");
    }

    @Test
    void parsesMoneyWithDollarSignAndThousandsSeparators() {
        assertThat(apply(Numbers::money, "$1,234.56", "100", " 25.5 ", "$0.99", "", "abc", "NaN", "1.2.3", null))
                .containsExactly(1234.56, 100.0, 25.5, 0.99, null, null, null, null, null);
        assertThat(apply(Numbers::isBadMoney, "$1,234.56", "", "abc", "NaN", "-5"))
                .containsExactly(false, false, true, true, true);
    }

    @Test
    void keepsWarmthCareAndHungerIntactWhenSplittingSubjectTrees() {
        List<Object> split = apply(SubjectTrees::split, "Literacy & Language, Warmth, Care & Hunger",
                "Warmth,Care & Hunger", "Math & Science", " Music & The Arts ,  Health & Sports ,", null);
        assertThat(split.stream().map(a -> a == null ? null : scalaList(a)).toList()).containsExactly(
                List.of("Literacy & Language", "Warmth, Care & Hunger"),
                List.of("Warmth, Care & Hunger"),
                List.of("Math & Science"),
                List.of("Music & The Arts", "Health & Sports"),
                List.of());
    }

    @Test
    void normalizesMetroGradeAndPrefix() {
        assertThat(apply(Categories::metroType, "Urban", " suburban ", "RURAL", "Town", "Unknown", null))
                .containsExactly("urban", "suburban", "rural", "town", "unknown", "unknown");
        assertThat(apply(Categories::gradeLevel, "Grades PreK-2", "grades 3-5", "6-8", "Grades 9-12", "Grades 13",
                null)).containsExactly("Grades PreK-2", "Grades 3-5", "Grades 6-8", "Grades 9-12", "Unknown", "Unknown");
        assertThat(apply(Categories::teacherPrefix, "Mrs.", "mrs", " Ms. ", "Mr", "Dr.", "Teacher", "Mx.", "Sir", null))
                .containsExactly("Mrs.", "Mrs.", "Ms.", "Mr.", "Dr.", "Teacher", "Mx.", "Unknown", "Unknown");
    }

    @Test
    void parsesIsoDatesWithOrWithoutTimeAndOtherUnambiguousForms() {
        assertThat(Dates.parse("2018-03-14")).contains(LocalDate.of(2018, 3, 14));
        assertThat(Dates.parse("2018-03-14 10:22:01")).contains(LocalDate.of(2018, 3, 14));
        assertThat(Dates.parse("2018-03-14T10:22:01Z")).contains(LocalDate.of(2018, 3, 14));
        assertThat(Dates.parse("2018/3/4")).contains(LocalDate.of(2018, 3, 4));
        assertThat(Dates.parse("3/14/2018")).contains(LocalDate.of(2018, 3, 14));
        assertThat(Dates.parse("2018-02-30")).isEmpty();
        assertThat(Dates.parse("yesterday")).isEmpty();
        assertThat(Dates.parse(" ")).isEmpty();
        assertThat(apply(Dates::parsed, "2018-03-14 00:00:00", "bad"))
                .containsExactly(java.sql.Date.valueOf("2018-03-14"), null);
    }

    private static List<Object> scalaList(Object seq) {
        return scala.collection.JavaConverters.seqAsJavaList((scala.collection.Seq<Object>) seq);
    }
}
