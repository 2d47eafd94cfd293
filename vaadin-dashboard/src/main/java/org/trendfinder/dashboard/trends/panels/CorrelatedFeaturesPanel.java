package org.trendfinder.dashboard.trends.panels;

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
import org.trendfinder.store.CsvTable;
import org.trendfinder.store.Plot;
import org.trendfinder.store.PlotColumns;
import org.trendfinder.store.PlotData;
import org.trendfinder.store.RunManifest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;

/**
 * Features whose monthly counts move with the trend (Spearman's rho), and one picked feature's monthly series
 * beside the trend's, with the start of the current window marked.
 */
public final class CorrelatedFeaturesPanel extends PlotPanel {

    private final String trendName;

    public CorrelatedFeaturesPanel(PanelContext c) {
        super("Correlated features",
                "Features whose monthly counts move with the trend (Spearman's rho); pick one to compare.");
        setId("panel-correlated-features");
        this.trendName = c.trend().trend();
        PlotData series = c.data(Plot.FEATURE_SERIES);
        Select<String> picker = new Select<>();
        picker.setLabel("Feature");
        picker.setId("feature-picker");
        EChart chart = EChart.withId("chart-feature-series");
        show(c.data(Plot.CORRELATED_FEATURES), c.download(Plot.CORRELATED_FEATURES), a -> {
            Grid<List<String>> table = StoreGrid.of(a.table(), List.of(PlotColumns.FEATURE, PlotColumns.RHO,
                            PlotColumns.P_VALUE, PlotColumns.MONTHS),
                    List.of("Feature", "rho", "p-value", "Months"), "grid-correlated-features");
            table.setHeight("220px");
            Div box = new Div(table);
            if (series instanceof PlotData.Available s && !s.table().isEmpty()) {
                CsvTable t = s.table();
                List<String> features = Tables.distinct(t, PlotColumns.FEATURE);
                picker.setItems(features);
                Optional<String> windowStart = windowStart(s, c.manifest());
                picker.addValueChangeListener(e -> {
                    if (e.getValue() != null) {
                        chart.setOption(featureSeries(Tables.where(t, PlotColumns.FEATURE, e.getValue()),
                                e.getValue(), windowStart));
                    }
                });
                String first = Tables.text(a.table(), PlotColumns.FEATURE).stream().filter(features::contains)
                        .findFirst().orElse(features.get(0));
                picker.setValue(first);
                box.add(picker, chart);
            } else {
                Paragraph none = new Paragraph("This run has no monthly series of the features.");
                none.addClassName("tf-message");
                box.add(none);
            }
            return box;
        });
    }

    private ObjectNode featureSeries(CsvTable t, String feature, Optional<String> windowStart) {
        ObjectNode o = ChartOptions.base("\u201c" + trendName + "\u201d and " + feature, null);
        List<String> periods = Tables.text(t, PlotColumns.PERIOD);
        ChartOptions.categoryAxis(o, "xAxis", periods, "period");
        ChartOptions.valueAxis(o, "yAxis", "projects", "");
        Map<String, List<OptionalDouble>> s = new LinkedHashMap<>();
        s.put("trend projects", Tables.numbers(t, PlotColumns.TREND_PROJECTS));
        s.put(feature + " projects", Tables.numbers(t, PlotColumns.FEATURE_PROJECTS));
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
    private static Optional<String> windowStart(PlotData.Available a, RunManifest manifest) {
        Optional<String> hint = a.kwargs().map(k -> k.path("window_start").asText("")).filter(s -> !s.isEmpty());
        if (hint.isPresent()) {
            return hint;
        }
        return Optional.ofNullable(manifest.windows()).map(w -> w.get("current")).map(RunManifest.Window::from);
    }
}
