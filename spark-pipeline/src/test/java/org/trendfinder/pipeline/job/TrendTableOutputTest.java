package org.trendfinder.pipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.trendfinder.pipeline.detect.Trend;
import org.trendfinder.store.CsvCodec;
import org.trendfinder.store.TrendColumns;
import org.trendfinder.store.TrendTable;

/** The bytes of a run's df.csv as the detector's figures become cells (hand-checked; the store reads them back). */
class TrendTableOutputTest {

    private static Map<String, Object> extras(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static final List<Trend> TRENDS = List.of(
            new Trend(1, "flexible seating", "flexibl seat", "flexible-seating", 2.3456789, 120L, 0.0125, 1.0E-4,
                    125.0, extras(TrendColumns.KIND, "surging+growing", TrendColumns.ALSO, "wobble stools, hokki",
                    TrendColumns.P_VALUE, 1.5E-12, TrendColumns.Q_VALUE, 3.0E-10, TrendColumns.TEACHERS, 80,
                    TrendColumns.WINDOW_PROJECTS, 9600L, TrendColumns.LIFT, 99.0, TrendColumns.GROWTH_LIFT, null)),
            new Trend(2, "slime", "slime", "slime", 0.5, 30L, 0.003, 0.0, Double.NaN,
                    extras(TrendColumns.KIND, "growing", TrendColumns.ALSO, "", TrendColumns.P_VALUE, 0.001,
                            TrendColumns.SCHOOLS, 12)));

    @Test
    void writesTheDetectorsFiguresAsTheStoreAlwaysHas() {
        String csv = new String(CsvCodec.write(RunPublication.trendTable(TRENDS)), StandardCharsets.UTF_8);

        assertThat(csv).isEqualTo("rank,trend,slug,score,current_projects,current_share,baseline_share,lift,kind,"
                + "also,p_value,q_value,teachers,window_projects,growth_lift,schools\r\n"
                + "1,flexible seating,flexible-seating,2.3456789,120,0.0125,0.0001,125,surging+growing,"
                + "\"wobble stools, hokki\",0.0000000000015,0.0000000003,80,9600,,\r\n"
                + "2,slime,slime,0.5,30,0.003,0,,growing,,0.001,,,,,12\r\n");
    }

    @Test
    void readsBackAsTheDetectorReportedIt() {
        var rows = TrendTable.read(RunPublication.trendTable(TRENDS));

        assertThat(rows).extracting(r -> r.slug()).containsExactly("flexible-seating", "slime");
        assertThat(rows.get(0).score()).isEqualTo(2.3456789);
        assertThat(rows.get(0).teachers()).hasValue(80);
        assertThat(rows.get(1).lift()).isNaN();
        assertThat(rows.get(1).qValue()).isEmpty();
    }
}
