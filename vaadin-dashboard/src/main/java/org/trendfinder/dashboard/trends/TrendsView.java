package org.trendfinder.dashboard.trends;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.trendfinder.dashboard.base.ui.Formats;
import org.trendfinder.dashboard.base.ui.MainLayout;
import org.trendfinder.dashboard.base.ui.TitledView;
import org.trendfinder.dashboard.changes.ChangesService;
import org.trendfinder.dashboard.changes.ChangesView;
import org.trendfinder.dashboard.runs.RunInfoView;
import org.trendfinder.store.DashboardRoutes;
import org.trendfinder.store.Slug;
import org.trendfinder.store.StoreLayout;
import org.trendfinder.store.TrendColumns;
import org.trendfinder.store.TrendKind;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/**
 * A run's ranked trends and one trend's analyses: {@code /runs/2018-03-14} (the top trend) and
 * {@code /runs/2018-03-14/trends/flexible-seating}. Route parameters are validated before anything is read.
 */
@PermitAll
@Route(value = DashboardRoutes.RUN, layout = MainLayout.class)
@RouteAlias(value = DashboardRoutes.TREND, layout = MainLayout.class)
public class TrendsView extends TitledView implements BeforeEnterObserver {

    public static final String DATE = DashboardRoutes.DATE;
    public static final String SLUG = DashboardRoutes.SLUG;
    static final String ALL_KINDS = "all kinds";
    static final List<String> KIND_FILTERS = java.util.stream.Stream.concat(java.util.stream.Stream.of(ALL_KINDS),
            java.util.Arrays.stream(TrendKind.values()).map(TrendKind::label)).toList();

    private final TrendService service;
    private final ChangesService changes;
    private final Select<LocalDate> asOf = new Select<>();
    private final Select<String> kindFilter = new Select<>();
    private final RouterLink changesLink = new RouterLink();
    private List<TrendRow> rows = List.of();
    private final Grid<TrendRow> grid = new Grid<>(TrendRow.class, false);
    private final Div detail = new Div();
    private final RouterLink info = new RouterLink();
    private final Paragraph message = new Paragraph();
    private LocalDate date;
    private TrendRow selected;

    public TrendsView(TrendService service, ChangesService changes) {
        super("trends-view", "Trends");
        this.service = service;
        this.changes = changes;

        asOf.setLabel("Trends as of");
        asOf.setId("as-of");
        asOf.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate(TrendsView.class, params(e.getValue(), null));
            }
        });
        info.setText("Run details");
        info.setId("run-info-link");
        changesLink.setText("What changed since the last run");
        changesLink.setId("changes-link");
        kindFilter.setLabel("Kind");
        kindFilter.setId("kind-filter");
        kindFilter.setItems(KIND_FILTERS);
        kindFilter.setValue(ALL_KINDS);
        kindFilter.addValueChangeListener(e -> showRows());
        HorizontalLayout top = new HorizontalLayout(asOf, kindFilter, info, changesLink);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        top.setWrap(true);

        grid.setId("trend-table");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(false);
        grid.setHeight("360px");
        var rank = grid.addColumn(TrendRow::rank).setHeader("Rank").setKey(TrendColumns.RANK)
                .setSortable(true).setWidth("90px").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(TrendRow::trend).setHeader("Trend").setKey(TrendColumns.TREND).setSortable(true)
                .setFlexGrow(3).setWidth("200px");
        grid.addComponentColumn(r -> new KindBadges(r.kinds())).setHeader("Kind").setKey(TrendColumns.KIND)
                .setWidth("150px").setFlexGrow(0);
        grid.addColumn(r -> String.join(", ", r.also())).setHeader("Also").setKey(TrendColumns.ALSO)
                .setWidth("180px").setFlexGrow(2).setTooltipGenerator(r -> String.join(", ", r.also()));
        grid.addColumn(r -> Formats.decimal(r.score(), 2)).setHeader("Score").setKey(TrendColumns.SCORE)
                .setComparator(TrendRow::score).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> Formats.percent(r.currentShare())).setHeader("Current share")
                .setKey(TrendColumns.CURRENT_SHARE).setComparator(TrendRow::currentShare)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> Formats.percent(r.baselineShare())).setHeader("Baseline share")
                .setKey(TrendColumns.BASELINE_SHARE).setComparator(TrendRow::baselineShare)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> Formats.lift(r.lift())).setHeader("Lift").setKey(TrendColumns.LIFT)
                .setComparator(TrendRow::lift).setTextAlign(ColumnTextAlign.END);
        grid.sort(List.of(new GridSortOrder<>(rank, SortDirection.ASCENDING)));
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(row -> {
            if (e.isFromClient()) {
                UI.getCurrent().navigate(TrendsView.class, params(date, row.slug()));
            }
        }));

        message.addClassName("tf-message");
        message.setVisible(false);
        detail.setId("trend-detail");
        detail.setWidthFull();
        add(top, grid, message, detail);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteParameters p = event.getRouteParameters();
        Optional<String> dateText = p.get(DATE);
        Optional<LocalDate> parsed = dateText.flatMap(StoreLayout::parseRunDate);
        if (parsed.isEmpty() || service.manifest(parsed.get()).isEmpty()) {
            event.rerouteToError(NotFoundException.class, "There is no run dated \u201c" + dateText.orElse("")
                    + "\u201d. Pick one from the list of runs.");
            return;
        }
        Optional<String> slug = p.get(SLUG);
        if (slug.isPresent() && !Slug.isValid(slug.get())) {
            event.rerouteToError(NotFoundException.class, "There is no trend \u201c" + slug.get() + "\u201d.");
            return;
        }
        date = parsed.get();
        asOf.setItems(service.runDates());
        asOf.setValue(date);
        info.setRoute(RunInfoView.class, new RouteParameters(Map.of(DATE, date.toString())));
        changesLink.setRoute(ChangesView.class, ChangesView.params(date));

        TrendService.TrendList list = service.trends(date);
        rows = list instanceof TrendService.TrendList.Loaded l ? l.rows() : List.of();
        // runs written before trend kinds (or in classic mode) have none: no column, no filter
        boolean kinds = rows.stream().anyMatch(r -> !r.kinds().isEmpty());
        kindFilter.setVisible(kinds);
        grid.getColumnByKey(TrendColumns.KIND).setVisible(kinds);
        grid.getColumnByKey(TrendColumns.ALSO).setVisible(rows.stream().anyMatch(r -> !r.also().isEmpty()));
        showRows();
        detail.removeAll();
        message.setVisible(false);
        if (list instanceof TrendService.TrendList.Unreadable) {
            showMessage("The trend list of this run could not be read.");
        } else if (rows.isEmpty()) {
            showMessage("This run found no trends.");
        }
        if (rows.isEmpty()) {
            if (slug.isPresent()) {
                notFoundTrend(event, slug.get());
            }
            showTitle("Trends as of " + date);
            return;
        }
        Optional<TrendRow> chosen = slug.isEmpty() ? Optional.of(rows.get(0))
                : rows.stream().filter(r -> r.slug().equals(slug.get())).findFirst();
        if (chosen.isEmpty()) {
            notFoundTrend(event, slug.get());
            return;
        }
        selected = chosen.get();
        grid.select(selected);
        detail.add(new TrendDetail(service, service.manifest(date).orElseThrow(), date, selected,
                changes.runsReporting(selected.slug())));
        showTitle(selected.trend() + " \u2013 trends as of " + date);
    }

    private void notFoundTrend(BeforeEnterEvent event, String slug) {
        event.rerouteToError(NotFoundException.class, "The run of " + date + " has no trend \u201c" + slug + "\u201d.");
    }

    private void showMessage(String text) {
        message.setText(text);
        message.setVisible(true);
    }

    public static RouteParameters params(LocalDate date, String slug) {
        return slug == null ? new RouteParameters(Map.of(DATE, date.toString()))
                : new RouteParameters(Map.of(DATE, date.toString(), SLUG, slug));
    }

    /** The trend list, narrowed to one kind when the filter says so (the selection stays when it still shows). */
    private void showRows() {
        String chosen = kindFilter.getValue();
        List<TrendRow> shown = rows.stream().filter(r -> ALL_KINDS.equals(chosen) || chosen == null
                || r.kinds().stream().anyMatch(k -> k.label().equals(chosen))).toList();
        grid.setItems(shown);
        if (selected != null && shown.contains(selected)) {
            grid.select(selected);
        }
    }

    public Select<String> kindFilter() {
        return kindFilter;
    }

    public Grid<TrendRow> grid() {
        return grid;
    }

    public Select<LocalDate> asOf() {
        return asOf;
    }

    public Optional<TrendRow> selected() {
        return Optional.ofNullable(selected);
    }
}
