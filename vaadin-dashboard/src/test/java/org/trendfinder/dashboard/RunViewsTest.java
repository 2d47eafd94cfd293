package org.trendfinder.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.trendfinder.dashboard.base.ui.NotFoundView;
import org.trendfinder.dashboard.runs.RunInfoView;
import org.trendfinder.dashboard.runs.RunListView;
import org.trendfinder.dashboard.search.SearchService;
import org.trendfinder.dashboard.search.SearchView;
import org.trendfinder.dashboard.base.ui.EChart;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.textfield.TextField;

class RunViewsTest extends KaribuSpringTest {

    @Test
    void runListShowsEveryRunNewestFirst() {
        navigate("runs");
        RunListView view = _get(RunListView.class);
        assertThat(GridKt._size(view.grid())).isEqualTo(2);
        assertThat(GridKt._get(view.grid(), 0).date()).isEqualTo("2018-03-14");
        assertThat(GridKt._get(view.grid(), 0).trends()).isEqualTo(10);
        assertThat(GridKt._get(view.grid(), 1).date()).isEqualTo("2018-03-07");
        _click(_get(Button.class, s -> s.withId("refresh-runs")));
        assertThat(view.statusText()).startsWith("2 runs in ");
    }

    @Test
    void runInfoShowsWhatTheManifestSays() {
        navigate("runs/2018-03-14/info");
        _get(RunInfoView.class);
        @SuppressWarnings("unchecked")
        Grid<RunInfoView.Entry> rejected = _get(Grid.class, s -> s.withId("run-rejected"));
        assertThat(GridKt._fetch(rejected, 0, 10)).extracting(RunInfoView.Entry::name)
                .containsExactlyInAnyOrder("bad date", "missing state");
        @SuppressWarnings("unchecked")
        Grid<org.trendfinder.store.RunManifest.RejectedRow> samples = _get(Grid.class,
                s -> s.withId("run-rejected-samples"));
        assertThat(GridKt._get(samples, 0).value()).isEqualTo("2017-13-45");
        @SuppressWarnings("unchecked")
        Grid<RunInfoView.Entry> windows = _get(Grid.class, s -> s.withId("run-windows"));
        assertThat(GridKt._fetch(windows, 0, 10)).extracting(RunInfoView.Entry::value)
                .anyMatch(v -> v.startsWith("2018-02-14 \u2013 2018-03-14"));
        assertThat(GridKt._size(_get(Grid.class, s -> s.withId("run-parameters")))).isEqualTo(2);
        assertThat(GridKt._size(_get(Grid.class, s -> s.withId("run-timings")))).isEqualTo(2);
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, s -> s.withId("run-notes"))
                .getElement().getTextRecursively()).contains("12 counties matched no metro area");
    }

    @Test
    void theMenuListsTheViewsThatCarryMenuInTheirOrder() {
        navigate("runs");
        SideNav nav = _get(SideNav.class);
        assertThat(nav.getItems()).extracting(SideNavItem::getLabel).containsExactly("Trends", "Runs", "Search");
        assertThat(nav.getItems()).extracting(SideNavItem::getPath).containsExactly("", "runs", "search");
    }

    @Test
    void notFoundLinksToTheRunList() {
        navigate("runs/2019-01-01/info");
        RouterLink back = _get(NotFoundView.class).getChildren().filter(RouterLink.class::isInstance)
                .map(RouterLink.class::cast).findFirst().orElseThrow();
        assertThat(back.getText()).isEqualTo("See all runs");
        assertThat(back.getHref()).isEqualTo("runs");
    }

    @Test
    void runInfoOfAnUnknownRunIsNotFound() {
        navigate("runs/2019-01-01/info");
        assertThat(_get(NotFoundView.class).message()).contains("2019-01-01");
    }

    @Test
    void searchFindsATermAcrossRunsAndShowsItsTimeline() {
        navigate("search?q=SEATING");
        SearchView view = _get(SearchView.class);
        List<SearchService.Match> found = GridKt._fetch(view.results(), 0, 10);
        assertThat(found).extracting(SearchService.Match::slug)
                .containsExactlyInAnyOrder("flexible-seating", "alternative-seating");
        SearchService.Match flexible = found.stream().filter(m -> m.slug().equals("flexible-seating")).findFirst()
                .orElseThrow();
        assertThat(flexible.runs()).isEqualTo(2);
        assertThat(flexible.latestRun()).isEqualTo(NEW);

        GridKt._selectRow(view.results(), found.indexOf(flexible));
        assertThat(currentPath()).contains("trend=flexible-seating").contains("q=SEATING");
        @SuppressWarnings("unchecked")
        Grid<SearchService.Appearance> timeline = _get(Grid.class, s -> s.withId("timeline-table"));
        assertThat(GridKt._fetch(timeline, 0, 10)).extracting(SearchService.Appearance::date)
                .containsExactly(OLD, NEW);
        assertThat(_get(EChart.class, s -> s.withId("chart-timeline")).option().path("series").get(0)
                .path("data")).hasSize(2);
    }

    @Test
    void searchFromTheTextFieldUpdatesTheUrl() {
        navigate("search");
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(_get(TextField.class, s -> s.withId("search-term")),
                "stem");
        _click(_get(Button.class, s -> s.withId("search-button")));
        assertThat(currentPath()).isEqualTo("search?q=stem");
        assertThat(GridKt._size(_get(SearchView.class).results())).isEqualTo(1);
    }

    @Test
    void searchWithAnXssTermShowsItAsText() {
        navigate("search?q=%3Cimg");
        assertThat(GridKt._getFormattedRow(_get(SearchView.class).results(), 0).get(0)).isEqualTo(TestStore.XSS);
    }
}
