package org.trendfinder.dashboard.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.trendfinder.dashboard.base.ui.ChartOptions;
import org.trendfinder.dashboard.base.ui.EChart;
import org.trendfinder.dashboard.base.ui.DashboardView;
import org.trendfinder.dashboard.base.ui.MainLayout;
import org.trendfinder.dashboard.trends.TrendsView;
import org.trendfinder.store.DashboardRoutes;
import org.trendfinder.store.Slug;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/** {@code /search?q=seating} finds trends across all runs; {@code &trend=flexible-seating} adds its timeline. */
@PermitAll
@Route(value = DashboardRoutes.SEARCH, layout = MainLayout.class)
@PageTitle("Search | TrendFinder")
@Menu(title = "Search", order = 2)
public class SearchView extends DashboardView implements BeforeEnterObserver {

    private final SearchService search;
    private final TextField query = new TextField();
    private final Grid<SearchService.Match> results = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Div timeline = new Div();

    public SearchView(SearchService search) {
        super("search-view");
        this.search = search;
        query.setLabel("Term");
        query.setId("search-term");
        query.setPlaceholder("e.g. seating");
        query.setClearButtonVisible(true);
        Button go = new Button("Search", e -> navigate(query.getValue(), null));
        go.setId("search-button");
        go.addClickShortcut(Key.ENTER);
        HorizontalLayout bar = new HorizontalLayout(query, go);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        results.setId("search-results");
        results.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        results.setAllRowsVisible(true);
        results.addColumn(SearchService.Match::trend).setHeader("Trend").setSortable(true).setFlexGrow(3);
        results.addColumn(SearchService.Match::runs).setHeader("Runs").setSortable(true);
        results.addComponentColumn(m -> new RouterLink(m.latestRun() + " (#" + m.latestRank() + ")", TrendsView.class,
                TrendsView.params(m.latestRun(), m.slug()))).setHeader("Latest run (rank)");
        results.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(m -> {
            if (e.isFromClient()) {
                navigate(query.getValue(), m.slug());
            }
        }));
        summary.addClassName("tf-panel-desc");
        timeline.setId("timeline");
        add(new H2("Search trends"), bar, summary, results, timeline);
    }

    private void navigate(String q, String slug) {
        QueryParameters params = slug == null ? QueryParameters.of("q", q == null ? "" : q)
                : new QueryParameters(Map.of("q", List.of(q == null ? "" : q), "trend", List.of(slug)));
        UI.getCurrent().navigate(DashboardRoutes.SEARCH, params);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        String q = params.getOrDefault("q", List.of("")).stream().findFirst().orElse("");
        query.setValue(q);
        List<SearchService.Match> found = search.search(q);
        results.setItems(found);
        summary.setText(q.isBlank() ? "Type a word or phrase to find it among every run's trends."
                : found.size() + (found.size() == 1 ? " trend matches \u201c" : " trends match \u201c") + q + "\u201d.");
        timeline.removeAll();
        Optional<String> slug = params.getOrDefault("trend", List.of()).stream().findFirst().filter(Slug::isValid);
        slug.ifPresent(this::showTimeline);
    }

    private void showTimeline(String slug) {
        List<SearchService.Appearance> seen = search.timeline(slug);
        H3 heading = new H3("Timeline of " + slug);
        if (seen.isEmpty()) {
            timeline.add(heading, new Paragraph("No run ranked this trend."));
            return;
        }
        ObjectNode o = ChartOptions.base("Rank and score in each run", null);
        ChartOptions.categoryAxis(o, "xAxis", seen.stream().map(a -> a.date().toString()).toList(), "run date");
        var axes = o.putArray("yAxis");
        int worst = seen.stream().mapToInt(SearchService.Appearance::rank).max().orElse(1);
        axes.addObject().put("type", "value").put("name", "rank (1 = top)").put("inverse", true).put("minInterval", 1)
                .put("min", 1).put("max", worst + 1).put("nameLocation", "start"); // inverse: "start" is the top
        ((ObjectNode) axes.get(0)).putObject("nameTextStyle").put("align", "left");
        axes.addObject().put("type", "value").put("name", "score").put("nameLocation", "end")
                .putObject("nameTextStyle").put("align", "right");
        o.remove("yAxis");
        o.set("yAxis", axes);
        ChartOptions.series(o, "line", Map.of("rank", seen.stream().map(a -> OptionalDouble.of(a.rank())).toList()), null);
        ChartOptions.series(o, "line", Map.of("score", seen.stream().map(a -> OptionalDouble.of(a.score())).toList()), null);
        ((ObjectNode) o.withArray("series").get(1)).put("yAxisIndex", 1);
        ((ObjectNode) o.withArray("series").get(1)).putObject("lineStyle").put("type", "dashed");
        EChart chart = new EChart(o);
        chart.setId("chart-timeline");
        Grid<SearchService.Appearance> grid = new Grid<>();
        grid.setId("timeline-table");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(a -> new RouterLink(a.date().toString(), TrendsView.class,
                TrendsView.params(a.date(), slug))).setHeader("Run");
        grid.addColumn(SearchService.Appearance::rank).setHeader("Rank");
        grid.addColumn(a -> org.trendfinder.dashboard.base.ui.Formats.decimal(a.score(), 2)).setHeader("Score");
        grid.setItems(seen);
        timeline.add(heading, chart, grid);
    }

    public Grid<SearchService.Match> results() {
        return results;
    }
}
