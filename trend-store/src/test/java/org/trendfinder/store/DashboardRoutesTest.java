package org.trendfinder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DashboardRoutesTest {

    private static final LocalDate DATE = LocalDate.of(2018, 3, 14);

    @Test
    void templatesAsTheDashboardDeclaresThem() {
        assertThat(DashboardRoutes.RUN).isEqualTo("runs/:date");
        assertThat(DashboardRoutes.TREND).isEqualTo("runs/:date/trends/:slug");
        assertThat(DashboardRoutes.RUN_INFO).isEqualTo("runs/:date/info");
        assertThat(DashboardRoutes.RUN_CHANGES).isEqualTo("runs/:date/changes");
    }

    @Test
    void pathsOfATrendAndOfARunsDetails() {
        assertThat(DashboardRoutes.trend(DATE, "flexible-seating")).isEqualTo("runs/2018-03-14/trends/flexible-seating");
        assertThat(DashboardRoutes.runInfo(DATE)).isEqualTo("runs/2018-03-14/info");
    }

    @Test
    void onlyAWellFormedSlugBecomesAPathSegment() {
        assertThatThrownBy(() -> DashboardRoutes.trend(DATE, "../../etc")).isInstanceOf(IllegalArgumentException.class);
    }
}
