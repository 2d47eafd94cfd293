package org.trendfinder.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.trendfinder.dashboard.base.ui.EChart;
import org.trendfinder.dashboard.changes.ChangesView;
import org.trendfinder.dashboard.changes.RunStrip;
import org.trendfinder.dashboard.trends.TrendRow;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;

/** The analyst view in Karibu: kinds and also terms, growth windows, open funding months, unknowns, changes. */
class AnalystViewTest extends KaribuSpringTest {

    @SuppressWarnings("unchecked")
    private static Grid<TrendRow> trendGrid() {
        return _get(Grid.class, s -> s.withId("trend-table"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<List<String>> grid(String id) {
        return _get(Grid.class, s -> s.withId(id));
    }

    private static JsonNode option(String chartId) {
        return _get(EChart.class, s -> s.withId("chart-" + chartId)).option();
    }

    private static String text(String id) {
        return _get(com.vaadin.flow.component.Component.class, s -> s.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void trendListShowsKindsAndFiltersByKind() {
        navigate("runs/2018-03-14");
        @SuppressWarnings("unchecked")
        Select<String> filter = _get(Select.class, s -> s.withId("kind-filter"));
        assertThat(filter.isVisible()).isTrue();
        assertThat(trendGrid().getColumnByKey("kind").isVisible()).isTrue();
        assertThat(trendGrid().getColumnByKey("also").isVisible()).isTrue();
        assertThat(GridKt._size(trendGrid())).isEqualTo(10);
        LocatorJ._setValue(filter, "growing");
        // ranks 2, 3, 5, 6, 8, 9 are growing (3, 6, 9 also surging)
        assertThat(GridKt._size(trendGrid())).isEqualTo(6);
        assertThat(GridKt._get(trendGrid(), 0).rank()).isEqualTo(2);
        LocatorJ._setValue(filter, "surging");
        assertThat(GridKt._size(trendGrid())).isEqualTo(7);
    }

    @Test
    void runsWithoutKindsHaveNoKindColumnAndNoFilter() {
        navigate("runs/2018-03-07/trends/flexible-seating");
        _assertNone(Select.class, s -> s.withId("kind-filter"));
        assertThat(trendGrid().getColumnByKey("kind").isVisible()).isFalse();
        assertThat(trendGrid().getColumnByKey("also").isVisible()).isFalse();
        _assertNone(Span.class, s -> s.withId("trend-kinds"));
        _assertNone(Paragraph.class, s -> s.withId("trend-also"));
        assertThat(option("history").path("series").get(0).has("markArea")).isFalse();
    }

    @Test
    void trendViewShowsItsKindsAlsoTermsAndTheRunsThatReportedIt() {
        navigate("runs/2018-03-14/trends/flexible-seating");
        assertThat(text("trend-kinds")).isEqualTo("surging");
        assertThat(text("trend-also")).contains("wobble stools, hokki");
        RunStrip strip = _get(RunStrip.class);
        List<RouterLink> runs = _find(strip, RouterLink.class);
        assertThat(runs).extracting(RouterLink::getText).containsExactly("2018-03-07", "2018-03-14");
        assertThat(runs.get(0).getHref()).isEqualTo("runs/2018-03-07/trends/flexible-seating");
        assertThat(runs.get(1).getClassNames()).contains("tf-current");
        // a surging-only trend has no growth periods to mark
        assertThat(option("history").path("series").get(0).has("markArea")).isFalse();
    }

    @Test
    void growingTrendsHistoryMarksTheTwoPeriodsCompared() {
        navigate("runs/2018-03-14/trends/hokki-stools");
        assertThat(text("trend-kinds")).isEqualTo("growing");
        JsonNode spans = option("history").path("series").get(0).path("markArea").path("data");
        assertThat(spans).hasSize(2);
        assertThat(spans.get(0).get(0).path("xAxis").asText()).isEqualTo("2017-05");
        assertThat(spans.get(0).get(1).path("xAxis").asText()).isEqualTo("2017-07");
        assertThat(spans.get(1).get(0).path("xAxis").asText()).isEqualTo("2018-01");
        assertThat(spans.get(1).get(1).path("xAxis").asText()).isEqualTo("2018-03");
    }

    @Test
    void fundingNamesAndShadesTheOpenMonths() {
        navigate("runs/2018-03-14/trends/flexible-seating");
        assertThat(text("funding-open-note")).contains("Still open: 2018-02 to 2018-03");
        JsonNode series = option("funding").path("series");
        JsonNode span = series.get(0).path("markArea").path("data").get(0);
        assertThat(span.get(0).path("xAxis").asText()).isEqualTo("2018-02");
        assertThat(span.get(1).path("xAxis").asText()).isEqualTo("2018-03");
        // no rate is drawn for an open month
        assertThat(series.get(0).path("data").get(11).isNull()).isTrue();
        assertThat(series.get(0).path("data").get(9).asDouble()).isEqualTo(79.0);
    }

    @Test
    void unknownCategoriesAreANoteNotABar() {
        navigate("runs/2018-03-14/trends/flexible-seating");
        assertThat(option("by-poverty").path("yAxis").path("data")).extracting(JsonNode::asText)
                .containsExactly("low", "moderate", "high", "highest");
        assertThat(option("by-metro").path("yAxis").path("data")).extracting(JsonNode::asText)
                .doesNotContain("Unknown");
        assertThat(text("unknown-by-poverty")).contains("1,400 projects of unknown poverty level")
                .contains("40 of them");
        _assertNone(Paragraph.class, s -> s.withId("unknown-by-grade"));
    }

    @Test
    void tablesFormatNumbersInOnePlace() {
        navigate("runs/2018-03-14/trends/flexible-seating");
        Grid<List<String>> co = grid("grid-co-occurrences");
        assertThat(GridKt._getFormattedRow(co, 0)).containsExactly("wiggle", "40", "50", "5.33\u00d7");
        assertThat(GridKt._getFormattedRow(grid("grid-geo-splits"), 0)).containsExactly("West", "rising", "300",
                "200", "60.00 %");
        assertThat(GridKt._getFormattedRow(grid("grid-examples"), 0)).contains("420.50");
        assertThat(text("panel-co-occurrences")).contains("ranked by lift");
    }

    @Test
    void changesViewListsNewContinuingAndDroppedTrendsWithLinks() {
        navigate("runs/2018-03-14");
        assertThat(_get(RouterLink.class, s -> s.withId("changes-link")).getHref()).isEqualTo("runs/2018-03-14/changes");
        navigate("runs/2018-03-14/changes");
        _get(ChangesView.class);
        assertThat(text("changes-since")).contains("2018-03-07");
        List<RouterLink> added = _find(_get(Div.class, s -> s.withId("changes-new")), RouterLink.class);
        assertThat(added).hasSize(6);
        assertThat(added.get(0).getText()).isEqualTo("hokki stools");
        assertThat(added.get(0).getHref()).isEqualTo("runs/2018-03-14/trends/hokki-stools");
        assertThat(text("changes-continuing")).contains("Still trending (4)").contains("rank 1 \u2192 1 (unchanged)");
        assertThat(text("changes-dropped")).contains("Dropped out (0)");
        navigate("runs/2018-03-07/changes");
        assertThat(text("changes-since")).contains("first run");
        assertThat(_find(_get(Div.class, s -> s.withId("changes-new")), RouterLink.class)).hasSize(4);
    }

    @Test
    void changesOfAnUnknownRunAreNotFound() {
        navigate("runs/2018-03-01/changes");
        _assertNone(ChangesView.class);
        navigate("runs/not-a-date/changes");
        _assertNone(ChangesView.class);
    }
}
