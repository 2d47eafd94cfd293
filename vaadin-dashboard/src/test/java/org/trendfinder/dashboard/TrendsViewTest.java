package org.trendfinder.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.trendfinder.dashboard.base.ui.EChart;
import org.trendfinder.dashboard.base.ui.NotFoundView;
import org.trendfinder.dashboard.base.ui.PlotPanel;
import org.trendfinder.dashboard.trends.TrendRow;
import org.trendfinder.dashboard.trends.TrendsView;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;

class TrendsViewTest extends KaribuSpringTest {

    @SuppressWarnings("unchecked")
    private static Grid<TrendRow> trendGrid() {
        return _get(Grid.class, s -> s.withId("trend-table"));
    }

    private static EChart chart(String id) {
        return _get(EChart.class, s -> s.withId("chart-" + id));
    }

    private static JsonNode seriesData(String chartId, int series) {
        return chart(chartId).option().path("series").get(series).path("data");
    }

    @Test
    void startPageShowsTheNewestRunsTopTrend() {
        navigate("");
        TrendsView view = _get(TrendsView.class);
        assertThat(view.asOf().getValue()).isEqualTo(NEW);
        assertThat(view.asOf().getListDataView().getItems().toList()).containsExactly(NEW, OLD);
        assertThat(view.selected()).map(TrendRow::slug).contains("flexible-seating");
        assertThat(_get(H2.class, s -> s.withId("trend-name")).getText()).isEqualTo("flexible seating");
    }

    @Test
    void trendTableIsRankedAndSortable() {
        navigate("runs/2018-03-14");
        Grid<TrendRow> grid = trendGrid();
        assertThat(GridKt._size(grid)).isEqualTo(10);
        assertThat(GridKt._get(grid, 0).rank()).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).containsExactly("1", "flexible seating",
                "KindBadges[@class='tf-badges']", "wobble stools, hokki", "100.00", "2.00 %", "0.40 %", "5.00\u00d7");
        grid.sort(GridSortOrder.desc(grid.getColumnByKey("rank")).build());
        assertThat(GridKt._get(grid, 0).rank()).isEqualTo(10);
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("trend")).build());
        assertThat(GridKt._get(grid, 0).trend()).isEqualTo(TestStore.XSS);
    }

    @Test
    void pickingADateNavigatesToThatRun() {
        navigate("runs/2018-03-14");
        @SuppressWarnings("unchecked")
        Select<LocalDate> asOf = _get(Select.class, s -> s.withId("as-of"));
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(asOf, OLD);
        assertThat(currentPath()).isEqualTo("runs/2018-03-07");
        assertThat(GridKt._size(trendGrid())).isEqualTo(4);
    }

    @Test
    void pickingATrendShowsItAndHasAShareableUrl() {
        navigate("runs/2018-03-14");
        GridKt._selectRow(trendGrid(), 3);
        assertThat(currentPath()).isEqualTo("runs/2018-03-14/trends/stem-kits");
        assertThat(_get(H2.class, s -> s.withId("trend-name")).getText()).isEqualTo("stem kits");
    }

    @Test
    void historyToggleSwitchesBetweenCountsAndProportions() {
        navigate("runs/2018-03-14/trends/flexible-seating");
        // rank 1: trend_projects = (p + 1) * 10, share = that / 1000
        assertThat(seriesData("history", 0).get(0).asDouble()).isEqualTo(10.0);
        assertThat(chart("history").option().path("series").get(0).path("type").asText()).isEqualTo("bar");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> mode = _get(RadioButtonGroup.class, s -> s.withId("history-mode"));
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(mode, "Proportions");
        assertThat(seriesData("history", 0).get(0).asDouble()).isEqualTo(1.0); // 0.01 as percent
        assertThat(chart("history").option().path("yAxis").path("axisLabel").path("formatter").asText())
                .isEqualTo("{value} %");
    }

    @Test
    void compositionToggleShowsPercentagesOfEachPeriod() {
        navigate("runs/2018-03-14/trends/flexible-seating");
        // first period: A=10, B=30, C=5 -> 22.22 %, 66.67 %, 11.11 %
        assertThat(seriesData("composition-grade", 1).get(0).asDouble()).isEqualTo(30.0);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> mode = _get(RadioButtonGroup.class, s -> s.withId("composition-grade-mode"));
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(mode, "Percentages");
        assertThat(seriesData("composition-grade", 1).get(0).asDouble()).isCloseTo(66.67, org.assertj.core.data.Offset.offset(0.01));
        assertThat(chart("composition-grade").option().path("series").get(0).path("stack").asText()).isEqualTo("total");
        for (String id : List.of("composition-poverty", "composition-subject", "composition-metro")) {
            assertThat(chart(id).option()).isNotNull();
        }
    }

    @Test
    void featurePickerDrivesTheSeriesChartWithAWindowMarker() {
        navigate("runs/2018-03-14/trends/flexible-seating");
        @SuppressWarnings("unchecked")
        Select<String> picker = _get(Select.class, s -> s.withId("feature-picker"));
        assertThat(picker.getValue()).isEqualTo("wobble");
        assertThat(seriesData("feature-series", 1).get(2).asDouble()).isEqualTo(10.0); // 5 * p
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(picker, "stools");
        assertThat(seriesData("feature-series", 1).get(2).asDouble()).isEqualTo(38.0); // 40 - p
        // the current window starts 2018-02-14: the first period at or after it is 2018-02
        assertThat(chart("feature-series").option().path("series").get(0).path("markLine").path("data").get(0)
                .path("xAxis").asText()).isEqualTo("2018-02");
    }

    @Test
    void splitPickerAndRollingWindowDriveTheShareCharts() {
        navigate("runs/2018-03-14/trends/flexible-seating");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> window = _get(RadioButtonGroup.class, s -> s.withId("rolling-window"));
        assertThat(window.getValue()).isEqualTo("3 months");
        // West, period 1: rolling_3m = 0.5 + 0.013 -> 51.3 %
        assertThat(seriesData("rolling-share", 0).get(1).asDouble()).isEqualTo(51.3);
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(window, "1 year");
        assertThat(seriesData("rolling-share", 0).get(1).asDouble()).isEqualTo(52.0);
        @SuppressWarnings("unchecked")
        Select<String> split = _get(Select.class, s -> s.withId("split-picker"));
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(split, "South");
        assertThat(seriesData("rolling-share", 0).get(1).asDouble()).isEqualTo(32.0);
        assertThat(seriesData("cumulative-share", 0).get(1).asDouble()).isEqualTo(31.0);
        assertThat(chart("split").option().path("title").path("text").asText()).contains("South");
    }

    @Test
    void stateMapColoursByShareOrLiftWithTheTableBeside() {
        navigate("runs/2018-03-14/trends/flexible-seating");
        JsonNode data = seriesData("by-state", 0);
        assertThat(data.get(0).path("name").asText()).isEqualTo("California");
        assertThat(data.get(0).path("value").asDouble()).isEqualTo(1.0); // 10 / 1000
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> mode = _get(RadioButtonGroup.class, s -> s.withId("by-state-mode"));
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(mode, "Lift");
        assertThat(seriesData("by-state", 0).get(0).path("value").asDouble()).isEqualTo(0.6);
        assertThat(GridKt._size(_get(Grid.class, s -> s.withId("grid-by-state")))).isEqualTo(8);
    }

    @Test
    void breakdownsShowLiftAgainstTheAverage() {
        navigate("runs/2018-03-14/trends/flexible-seating");
        for (String id : List.of("by-poverty", "by-grade", "by-subject", "by-metro", "by-resource", "by-prefix")) {
            JsonNode option = chart(id).option();
            assertThat(option.path("series").get(0).path("markLine").path("data").get(0).path("xAxis").asDouble())
                    .isEqualTo(1.0);
        }
        assertThat(seriesData("by-poverty", 0).get(3).asDouble()).isEqualTo(1.3);
    }

    @Test
    void everyPlotPanelOffersItsDataAsCsv() {
        navigate("runs/2018-03-14/trends/flexible-seating");
        for (String id : List.of("history", "co-occurrences", "funding", "examples", "composition-poverty",
                "by-state", "by-poverty", "diverging-features", "correlated-features", "geo-splits")) {
            PlotPanel panel = _get(PlotPanel.class, s -> s.withId("panel-" + id));
            assertThat(panel.download()).as(id).isNotNull();
            // a stable data address behind the same login as the views (CsvDownloads), not a session-bound resource
            assertThat(panel.download().getHref()).as(id)
                    .isEqualTo("data/runs/2018-03-14/trends/flexible-seating/" + id.replace('-', '_') + ".csv");
            assertThat(panel.download().getElement().getAttribute("download")).as(id)
                    .isEqualTo("2018-03-14_flexible-seating_" + id.replace('-', '_') + ".csv");
        }
    }

    @Test
    void corruptPlotShowsAFriendlyMessageAndTheRestStillRenders() {
        navigate("runs/2018-03-14/trends/wobble-chairs");
        PlotPanel history = _get(PlotPanel.class, s -> s.withId("panel-history"));
        assertThat(history.getElement().getTextRecursively()).contains("could not be read");
        _assertNone(EChart.class, s -> s.withId("chart-history"));
        assertThat(chart("funding").option()).isNotNull();
    }

    @Test
    void olderRunWithoutSomePlotsShowsWhatExists() {
        navigate("runs/2018-03-07/trends/flexible-seating");
        PlotPanel splits = _get(PlotPanel.class, s -> s.withId("panel-geo-splits"));
        assertThat(splits.getElement().getTextRecursively()).contains("This run has no");
        PlotPanel funding = _get(PlotPanel.class, s -> s.withId("panel-funding"));
        assertThat(funding.getElement().getTextRecursively()).contains("This run has no");
        assertThat(chart("history").option()).isNotNull();
        // correlated features exist, their series do not
        assertThat(_get(PlotPanel.class, s -> s.withId("panel-correlated-features")).getElement()
                .getTextRecursively()).contains("no monthly series");
    }

    @Test
    void xssTrendNameRendersAsText() {
        navigate("runs/2018-03-14/trends/img-src-x-onerror-alert-1");
        H2 name = _get(H2.class, s -> s.withId("trend-name"));
        assertThat(name.getText()).isEqualTo(TestStore.XSS);
        assertThat(name.getElement().getChildCount()).isOne();
        assertThat(name.getElement().getChild(0).isTextNode()).isTrue(); // a text node, no <img> element
        assertThat(name.getElement().getProperty("innerHTML")).isNull();
    }

    @Test
    void unknownDateOrTrendOrBadParametersShowNotFound() {
        for (String bad : List.of("runs/2018-03-15", "runs/not-a-date", "runs/2018-03-14/trends/no-such-trend",
                "runs/2018-03-14/trends/%2e%2e%2fetc", "runs/2018-03-14/trends/Upper", "runs/2018-03-14/trends/a%2Fb",
                "runs/%2F..%2Fetc/info", "runs/2018-02-30", "runs/2018-02-30/info", "nowhere")) {
            navigate(bad);
            NotFoundView nf = _get(NotFoundView.class);
            assertThat(nf.message()).as(bad).isNotBlank();
        }
        // Literal ".." never reaches a view: Vaadin refuses the location itself.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> navigate("runs/2018-03-14/trends/.."))
                .isInstanceOf(com.vaadin.flow.router.InvalidLocationException.class);
    }
}
