package org.trendfinder.dashboard.trends;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.trendfinder.dashboard.base.ui.ChartOptions;
import org.trendfinder.dashboard.base.ui.EChart;
import org.trendfinder.dashboard.base.ui.PlotPanel;
import org.trendfinder.dashboard.base.ui.StoreGrid;
import org.trendfinder.dashboard.base.ui.Tables;
import org.trendfinder.dashboard.data.CsvDownloads;
import org.trendfinder.store.CsvTable;
import org.trendfinder.store.Plot;
import org.trendfinder.store.PlotData;
import org.trendfinder.store.RunManifest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;

/** Every analysis of one trend in one run, each in its own panel; a plot the run lacks says so. */
public class TrendDetail extends Div {

    private static final Map<Plot, String> COMPOSITIONS = new LinkedHashMap<>();
    private static final Map<Plot, String> BREAKDOWNS = new LinkedHashMap<>();

    static {
        COMPOSITIONS.put(Plot.COMPOSITION_POVERTY, "poverty level");
        COMPOSITIONS.put(Plot.COMPOSITION_GRADE, "grade");
        COMPOSITIONS.put(Plot.COMPOSITION_SUBJECT, "subject");
        COMPOSITIONS.put(Plot.COMPOSITION_METRO, "metro type");
        BREAKDOWNS.put(Plot.BY_POVERTY, "poverty level");
        BREAKDOWNS.put(Plot.BY_GRADE, "grade");
        BREAKDOWNS.put(Plot.BY_SUBJECT, "subject");
        BREAKDOWNS.put(Plot.BY_METRO, "metro type");
        BREAKDOWNS.put(Plot.BY_RESOURCE, "resource category");
        BREAKDOWNS.put(Plot.BY_PREFIX, "teacher prefix");
    }

    private final TrendService service;
    private final RunManifest manifest;
    private final LocalDate date;
    private final TrendRow trend;
    private final Map<String, PlotPanel> panels = new LinkedHashMap<>();

    public TrendDetail(TrendService service, RunManifest manifest, LocalDate date, TrendRow trend,
                       List<LocalDate> reportedIn) {
        this.service = service;
        this.manifest = manifest;
        this.date = date;
        this.trend = trend;
        setWidthFull();
        add(new TrendHeader(trend, date, reportedIn));

        add(section("Over time",
                history(), coOccurrences(), funding(), examples()));
        add(section("Who asks for it: composition over time",
                COMPOSITIONS.entrySet().stream().map(e -> composition(e.getKey(), e.getValue()))
                        .toArray(Component[]::new)));
        add(section("Where", new StateMap(service.plot(date, trend.slug(), Plot.BY_STATE), fileName(Plot.BY_STATE),
                this::register).panel()));
        add(section("Compared with the average project",
                BREAKDOWNS.entrySet().stream().map(e -> breakdown(e.getKey(), e.getValue()))
                        .toArray(Component[]::new)));
        add(section("Related features", divergingFeatures(), correlatedFeatures()));
        add(section("Geographic splits", geoSplits()));
    }

    private static Div section(String title, Component... panels) {
        Div grid = new Div(panels);
        grid.addClassName("tf-panels");
        Div section = new Div(new H3(title), grid);
        section.getStyle().set("margin-top", "var(--lumo-space-l)");
        return section;
    }

    private PlotData data(Plot plot) {
        return service.plot(date, trend.slug(), plot);
    }

    private PlotPanel.Download fileName(Plot plot) {
        return new PlotPanel.Download(CsvDownloads.plotPath(date, trend.slug(), plot),
                CsvDownloads.plotFileName(date, trend.slug(), plot));
    }

    private PlotPanel panel(String id, String title, String description) {
        PlotPanel p = new PlotPanel(title, description);
        p.setId("panel-" + id);
        return register(id, p);
    }

    private PlotPanel register(String id, PlotPanel p) {
        panels.put(id, p);
        return p;
    }

    static EChart chart(String id) {
        EChart c = new EChart();
        c.setId("chart-" + id);
        return c;
    }

    static RadioButtonGroup<String> toggle(String id, String label, List<String> items, String value) {
        RadioButtonGroup<String> g = new RadioButtonGroup<>(label);
        g.setId(id);
        g.setItems(items);
        g.setValue(value);
        return g;
    }

    // --- over time ---------------------------------------------------------------------------------------

    private PlotPanel history() {
        PlotPanel p = panel("history", "History", "Projects that mention \u201c" + trend.trend() + "\u201d each period.");
        HistoryPanel.fill(p, data(Plot.HISTORY), fileName(Plot.HISTORY), trend, manifest);
        return p;
    }

    private PlotPanel coOccurrences() {
        PlotData co = data(Plot.CO_OCCURRENCES);
        boolean byLift = !(co instanceof PlotData.Available a) || a.table().hasColumn("lift");
        PlotPanel p = panel("co-occurrences", "Co-occurring terms", byLift ? "Terms found with the trend and rarely"
                + " without it, ranked by lift: how much likelier in the trend's projects of the current window than"
                + " in all of them." : "Terms found most often in the same projects (a run ranked by count).");
        p.show(co, fileName(Plot.CO_OCCURRENCES), a -> grid(a.table(),
                List.of("term", "projects", "term_projects", "lift"),
                List.of("Term", "With the trend", "In the window", "Lift"), "grid-co-occurrences"));
        return p;
    }

    private PlotPanel funding() {
        PlotPanel p = panel("funding", "Funding", "How projects that mention the trend fare against the others.");
        FundingPanel.fill(p, data(Plot.FUNDING), fileName(Plot.FUNDING));
        return p;
    }

    private PlotPanel examples() {
        PlotPanel p = panel("examples", "Example projects", "Recent projects that mention the trend.");
        p.wide();
        p.show(data(Plot.EXAMPLES), fileName(Plot.EXAMPLES), a -> grid(a.table(),
                List.of("title", "state", "posted_date", "status", "cost"),
                List.of("Title", "State", "Posted", "Status", "Cost (USD)"), "grid-examples"));
        return p;
    }

    // --- composition -------------------------------------------------------------------------------------

    private PlotPanel composition(Plot plot, String dimension) {
        String id = plot.folder().replace('_', '-');
        PlotPanel p = panel(id, "By " + dimension, "Projects mentioning the trend, split by " + dimension + ".");
        EChart chart = chart(id);
        chart.addClassName("tf-small");
        RadioButtonGroup<String> mode = toggle(id + "-mode", "Show", List.of("Counts", "Percentages"), "Counts");
        p.addToToolbar(mode);
        p.show(data(plot), fileName(plot), a -> {
            Tables.Pivot pivot = Tables.pivot(a.table(), "period", "category", "trend_projects");
            Runnable draw = () -> {
                boolean counts = "Counts".equals(mode.getValue());
                ObjectNode o = ChartOptions.base("Composition by " + dimension, null);
                ChartOptions.categoryAxis(o, "xAxis", pivot.rows(), "period");
                ChartOptions.valueAxis(o, "yAxis", counts ? "projects" : "share of the period", counts ? "" : " %")
                        .put("max", counts ? null : 100);
                if (counts) {
                    ((ObjectNode) o.get("yAxis")).remove("max");
                }
                ChartOptions.series(o, "bar", counts ? pivot.series() : Tables.percentOfRow(pivot), "total");
                chart.setOption(o);
            };
            mode.addValueChangeListener(e -> draw.run());
            draw.run();
            return chart;
        });
        return p;
    }

    // --- breakdowns --------------------------------------------------------------------------------------

    private PlotPanel breakdown(Plot plot, String dimension) {
        PlotPanel p = panel(plot.folder().replace('_', '-'), "By " + dimension,
                "Lift: the trend's share of projects in each group over its share of all projects (1 = average).");
        BreakdownPanel.fill(p, plot, dimension, data(plot), fileName(plot));
        return p;
    }

    // --- features ----------------------------------------------------------------------------------------

    private PlotPanel divergingFeatures() {
        PlotPanel p = panel("diverging-features", "Diverging features",
                "Features whose share among the trend's projects moves away from their share among all projects.");
        EChart chart = chart("diverging-features");
        p.show(data(Plot.DIVERGING_FEATURES), fileName(Plot.DIVERGING_FEATURES), a -> {
            Tables.Pivot pivot = Tables.pivot(a.table(), "period", "feature", "difference");
            ObjectNode o = ChartOptions.base("Difference from all projects", null);
            ChartOptions.categoryAxis(o, "xAxis", pivot.rows(), "period");
            ChartOptions.valueAxis(o, "yAxis", "difference in share", "");
            ChartOptions.series(o, "line", pivot.series(), null);
            chart.setOption(o);
            return chart;
        });
        return p;
    }

    private PlotPanel correlatedFeatures() {
        PlotPanel p = panel("correlated-features", "Correlated features",
                "Features whose monthly counts move with the trend (Spearman's rho); pick one to compare.");
        PlotData series = data(Plot.FEATURE_SERIES);
        Select<String> picker = new Select<>();
        picker.setLabel("Feature");
        picker.setId("feature-picker");
        EChart chart = chart("feature-series");
        p.show(data(Plot.CORRELATED_FEATURES), fileName(Plot.CORRELATED_FEATURES), a -> {
            Grid<List<String>> table = grid(a.table(), List.of("feature", "rho", "p_value", "months"),
                    List.of("Feature", "rho", "p-value", "Months"), "grid-correlated-features");
            table.setHeight("220px");
            Div box = new Div(table);
            if (series instanceof PlotData.Available s && !s.table().isEmpty()) {
                CsvTable t = s.table();
                List<String> features = Tables.distinct(t, "feature");
                picker.setItems(features);
                Optional<String> windowStart = windowStart(s);
                picker.addValueChangeListener(e -> {
                    if (e.getValue() != null) {
                        chart.setOption(featureSeries(Tables.where(t, "feature", e.getValue()), e.getValue(),
                                windowStart));
                    }
                });
                String first = Tables.text(a.table(), "feature").stream().filter(features::contains).findFirst()
                        .orElse(features.get(0));
                picker.setValue(first);
                box.add(picker, chart);
            } else {
                Paragraph none = new Paragraph("This run has no monthly series of the features.");
                none.addClassName("tf-message");
                box.add(none);
            }
            return box;
        });
        return p;
    }

    private ObjectNode featureSeries(CsvTable t, String feature, Optional<String> windowStart) {
        ObjectNode o = ChartOptions.base("\u201c" + trend.trend() + "\u201d and " + feature, null);
        List<String> periods = Tables.text(t, "period");
        ChartOptions.categoryAxis(o, "xAxis", periods, "period");
        ChartOptions.valueAxis(o, "yAxis", "projects", "");
        Map<String, List<OptionalDouble>> s = new LinkedHashMap<>();
        s.put("trend projects", Tables.numbers(t, "trend_projects"));
        s.put(feature + " projects", Tables.numbers(t, "feature_projects"));
        ChartOptions.series(o, "line", s, null);
        windowStart.flatMap(w -> periods.stream().filter(pd -> pd.compareTo(w.substring(0, Math.min(w.length(),
                pd.length()))) >= 0).findFirst()).ifPresent(at -> {
                    ObjectNode line = ((ObjectNode) o.withArray("series").get(0)).putObject("markLine")
                            .put("silent", true).put("symbol", "none");
                    line.putObject("label").put("formatter", "window start");
                    line.putObject("lineStyle").put("color", "#000").put("type", "dashed");
                    line.putArray("data").addObject().put("xAxis", at);
                });
        return o;
    }

    /** The start of the current window: the plot's hint if it has one, else the manifest's window. */
    private Optional<String> windowStart(PlotData.Available a) {
        Optional<String> hint = a.kwargs().map(k -> k.path("window_start").asText("")).filter(s -> !s.isEmpty());
        if (hint.isPresent()) {
            return hint;
        }
        return Optional.ofNullable(manifest.windows()).map(w -> w.get("current")).map(RunManifest.Window::from);
    }

    // --- geography ---------------------------------------------------------------------------------------

    private PlotPanel geoSplits() {
        PlotPanel p = panel("geo-splits", "Inside and outside each region",
                "How the trend moves inside a region against everywhere else; pick a split.");
        p.wide();
        GeoSplitsPanel.fill(p, data(Plot.GEO_SPLITS), data(Plot.SPLIT_SHARES), fileName(Plot.GEO_SPLITS));
        return p;
    }

    // --- helpers -----------------------------------------------------------------------------------------

    static Grid<List<String>> grid(CsvTable t, List<String> columns, List<String> headers, String id) {
        return StoreGrid.of(t, columns, headers, id);
    }

    public Map<String, PlotPanel> panels() {
        return panels;
    }
}
