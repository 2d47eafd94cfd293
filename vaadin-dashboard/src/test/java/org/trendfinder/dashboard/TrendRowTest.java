package org.trendfinder.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.trendfinder.dashboard.trends.TrendRow;
import org.trendfinder.store.CsvTable;
import org.trendfinder.store.StoreFormatException;
import org.trendfinder.store.TrendColumns;
import org.trendfinder.store.TrendKind;

class TrendRowTest {

    private static List<String> header(String... extras) {
        List<String> h = new ArrayList<>(TrendColumns.REQUIRED);
        h.addAll(List.of(extras));
        return h;
    }

    @Test
    void readsRowsByRankWithTheirKindsAndGroupedTerms() {
        CsvTable t = CsvTable.builder(header(TrendColumns.KIND, TrendColumns.ALSO))
                .row(2, "slime", "slime", 1.5, 30, 0.003, 0.001, 3.0, "growing", "")
                .row(1, "flexible seating", "flexible-seating", 2.5, 120, 0.0125, 0.0001, 125.0, "surging+growing",
                        "wobble stools; hokki")
                .build();
        List<TrendRow> rows = TrendRow.from(t);

        assertThat(rows).extracting(TrendRow::slug).containsExactly("flexible-seating", "slime");
        TrendRow top = rows.get(0);
        assertThat(top.is(TrendKind.SURGING)).isTrue();
        assertThat(top.also()).containsExactly("wobble stools", "hokki");
        assertThat(top.currentProjects()).isEqualTo(120);
        assertThat(top.lift()).isEqualTo(125.0);
        assertThat(rows.get(1).kinds()).containsExactly(TrendKind.GROWING);
    }

    @Test
    void readsAnOlderTableWithoutKindsAndSkipsBadRows() {
        CsvTable t = CsvTable.builder(header(TrendColumns.P_VALUE))
                .row(1, "sneaky", "../../admin", 1.0, 1, 0.1, 0.05, 2.0, 0.01)
                .row("", "no rank", "no-rank", 1.0, 1, 0.1, 0.05, 2.0, 0.01)
                .row(3, "brand new", "brand-new", 1.0, 7, 0.01, 0.0, null, 0.02)
                .build();
        List<TrendRow> rows = TrendRow.from(t);

        assertThat(rows).extracting(TrendRow::slug).containsExactly("brand-new");
        assertThat(rows.get(0).kinds()).isEmpty();
        assertThat(rows.get(0).also()).isEmpty();
        assertThat(rows.get(0).lift()).isNaN();
    }

    @Test
    void refusesRowsWithoutTheRequiredColumns() {
        CsvTable t = CsvTable.builder("rank", "trend", "slug").row(1, "x", "x").build();
        assertThatThrownBy(() -> TrendRow.from(t)).isInstanceOf(StoreFormatException.class)
                .hasMessageContaining("score");
        assertThat(TrendRow.from(CsvTable.builder("rank", "trend", "slug").build())).isEmpty();
    }
}
