package org.trendfinder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TrendTableTest {

    private static Map<String, Object> extras(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static final TrendRecord SEATING = TrendRecord.of(1, "flexible seating", "flexible-seating", 2.5, 120,
            0.0125, 0.0001, 125.0, extras("kind", "surging+growing", "also", "wobble stools; hokki", "p_value", 1e-9,
                    "q_value", 2.0e-8, "teachers", 80));
    private static final TrendRecord SLIME = TrendRecord.of(2, "slime", "slime", 1.25, 30, 0.003, 0.001, 3.0,
            extras("kind", "growing", "also", "", "p_value", 0.001, "q_value", null, "teachers", 20L));

    @Test
    void writesTheRequiredColumnsThenTheExtrasInFirstSeenOrder() {
        TrendRecord late = TrendRecord.of(3, "late", "late", 1.0, 3, 0.5, 0.25, 2.0,
                extras("schools", 2, "kind", "surging"));
        CsvTable t = TrendTable.write(List.of(SEATING, SLIME, late));

        assertThat(t.header()).containsExactly("rank", "trend", "slug", "score", "current_projects",
                "current_share", "baseline_share", "lift", "kind", "also", "p_value", "q_value", "teachers",
                "schools");
        assertThat(new String(CsvCodec.write(t), StandardCharsets.UTF_8)).isEqualTo(
                "rank,trend,slug,score,current_projects,current_share,baseline_share,lift,kind,also,p_value,q_value,"
                        + "teachers,schools\r\n"
                        + "1,flexible seating,flexible-seating,2.5,120,0.0125,0.0001,125,surging+growing,"
                        + "wobble stools; hokki,0.000000001,0.00000002,80,\r\n"
                        + "2,slime,slime,1.25,30,0.003,0.001,3,growing,,0.001,,20,\r\n"
                        + "3,late,late,1,3,0.5,0.25,2,surging,,,,,2\r\n");
    }

    @Test
    void dropsExtrasNamedLikeARequiredColumn() {
        TrendRecord r = TrendRecord.of(1, "a", "a", 1.0, 1, 0.1, 0.1, 1.0, extras("lift", 9.0, "p_value", 0.5));
        assertThat(r.extras()).containsOnlyKeys("p_value");
        assertThat(TrendTable.write(List.of(r)).header()).endsWith("lift", "p_value");
    }

    @Test
    void readsBackWhatItWrote() {
        List<TrendRecord> rows = List.of(SEATING, SLIME);
        CsvTable table = TrendTable.write(rows);
        assertThat(TrendTable.read(table)).isEqualTo(rows);
        assertThat(TrendTable.write(TrendTable.read(table))).isEqualTo(table);
        byte[] csv = CsvCodec.write(table);
        assertThat(TrendTable.read(CsvCodec.read("df.csv", csv))).isEqualTo(rows);
    }

    @Test
    void keepsMissingNumbersAsNaN() {
        TrendRecord noBaseline = TrendRecord.of(1, "new", "new", Double.NaN, 4, 0.01, 0.0, Double.NaN, Map.of());
        assertThat(TrendTable.read(TrendTable.write(List.of(noBaseline)))).containsExactly(noBaseline);
    }

    @Test
    void typedExtras() {
        TrendRecord seating = TrendTable.read(TrendTable.write(List.of(SEATING, SLIME))).get(0);
        assertThat(seating.kinds()).isEqualTo(EnumSet.of(TrendKind.SURGING, TrendKind.GROWING));
        assertThat(seating.also()).containsExactly("wobble stools", "hokki");
        assertThat(seating.pValue()).hasValue(1e-9);
        assertThat(seating.qValue()).hasValue(2e-8);
        assertThat(seating.teachers()).hasValue(80);
        assertThat(seating.schools()).isEmpty();
        TrendRecord slime = TrendTable.read(TrendTable.write(List.of(SEATING, SLIME))).get(1);
        assertThat(slime.qValue()).isEmpty();
        assertThat(slime.also()).isEmpty();
        assertThat(slime.extra("q_value")).isEmpty();
    }

    @Test
    void readsAnOlderStoreWithoutTheExtraColumns() {
        CsvTable older = CsvTable.builder(TrendColumns.REQUIRED)
                .row(2, "slime", "slime", 1.25, 30, 0.003, 0.001, 3.0)
                .row(1, "flexible seating", "flexible-seating", 2.5, 120, 0.0125, 0.0001, 125.0)
                .build();
        List<TrendRecord> rows = TrendTable.read(older);

        assertThat(rows).extracting(TrendRecord::slug).containsExactly("slime", "flexible-seating");
        assertThat(rows.get(0).extras()).isEmpty();
        assertThat(rows.get(0).kinds()).isEmpty();
        assertThat(rows.get(0).also()).isEmpty();
        assertThat(rows.get(0).pValue()).isEmpty();
        assertThat(TrendTable.write(rows)).isEqualTo(older);
    }

    @Test
    void toleratesMissingNumberColumnsAndSkipsRowsWithoutARank() {
        CsvTable sparse = CsvTable.builder("rank", "trend", "slug", "lift")
                .row("x", "no rank", "no-rank", 2.0)
                .row(1, "kept", "../odd", "")
                .build();
        List<TrendRecord> rows = TrendTable.read(sparse);

        assertThat(rows).hasSize(1);
        TrendRecord kept = rows.get(0);
        assertThat(kept.slug()).as("returned as written; callers check Slug.isValid").isEqualTo("../odd");
        assertThat(kept.score()).isNaN();
        assertThat(kept.currentProjects()).isZero();
        assertThat(kept.lift()).isNaN();
        assertThat(TrendTable.missingColumns(sparse)).containsExactly("score", "current_projects", "current_share",
                "baseline_share");
    }

    @Test
    void refusesATableWithoutTheIdentityColumns() {
        CsvTable bad = CsvTable.builder("rank", "trend").row(1, "x").build();
        assertThatThrownBy(() -> TrendTable.read(bad)).isInstanceOf(StoreFormatException.class)
                .hasMessageContaining("[slug]");
    }
}
