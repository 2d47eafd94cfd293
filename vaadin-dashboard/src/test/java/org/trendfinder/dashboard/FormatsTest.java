package org.trendfinder.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trendfinder.dashboard.base.ui.Formats;

class FormatsTest {

    @Test
    void sharesLiftsCountsAndMoney() {
        assertThat(Formats.percent(0.19138198757763975)).isEqualTo("19.14 %");
        assertThat(Formats.lift(2.346)).isEqualTo("2.35\u00d7");
        assertThat(Formats.count(1234567)).isEqualTo("1,234,567");
        assertThat(Formats.money(1234.5)).isEqualTo("1,234.50");
        assertThat(Formats.pValue(0.000123456)).isEqualTo("0.00012");
        assertThat(Formats.percent(Double.NaN)).isEmpty();
    }

    @Test
    void storeColumnsByName() {
        assertThat(Formats.column("all_time_share").apply("0.19138198757763975")).isEqualTo("19.14 %");
        assertThat(Formats.column("movement").apply("0.05")).isEqualTo("5.00 %");
        assertThat(Formats.column("lift").apply("3")).isEqualTo("3.00\u00d7");
        assertThat(Formats.column("inside_projects").apply("12345")).isEqualTo("12,345");
        assertThat(Formats.column("median_cost").apply("350")).isEqualTo("350.00");
        assertThat(Formats.column("funded_rate").apply("")).isEmpty();
        assertThat(Formats.column("split").apply("Los Angeles")).isEqualTo("Los Angeles");
        assertThat(Formats.column("movement").apply("rising")).isEqualTo("rising");
    }
}
