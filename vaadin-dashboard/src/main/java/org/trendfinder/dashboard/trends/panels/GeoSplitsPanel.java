package org.trendfinder.dashboard.trends.panels;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.trendfinder.dashboard.base.ui.ChartOptions;
import org.trendfinder.dashboard.base.ui.EChart;
import org.trendfinder.dashboard.base.ui.PlotPanel;
import org.trendfinder.dashboard.base.ui.StoreGrid;
import org.trendfinder.dashboard.base.ui.Tables;
import org.trendfinder.dashboard.base.ui.Toggles;
import org.trendfinder.store.CsvTable;
import org.trendfinder.store.Plot;
import org.trendfinder.store.PlotColumns;
import org.trendfinder.store.PlotData;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;

/** The 2018 geographic splits: the table of splits by movement, and one split's counts and shares over time. */
public final class GeoSplitsPanel extends PlotPanel {

    /** Rolling-share windows of split_shares, as offered in the toggle. */
    enum Rolling {
        ONE_MONTH("1 month", PlotColumns.ROLLING_1M), THREE_MONTHS("3 months", PlotColumns.ROLLING_3M),
        SIX_MONTHS("6 months", PlotColumns.ROLLING_6M), ONE_YEAR("1 year", PlotColumns.ROLLING_12M);

        final String label;
        final String column;

        Rolling(String label, String column) {
            this.label = label;
            this.column = column;
        }
    }

    public GeoSplitsPanel(PanelContext c) {
        super("Inside and outside each region",
                "How the trend moves inside a region against everywhere else; pick a split.");
        setId("panel-geo-splits");
        wide();
        PlotData shares = c.data(Plot.SPLIT_SHARES);
        Select<String> picker = new Select<>();
        picker.setLabel("Split");
        picker.setId("split-picker");
        RadioButtonGroup<String> window = Toggles.of("rolling-window", "Rolling window",
                java.util.Arrays.stream(Rolling.values()).map(r -> r.label).toList(), Rolling.THREE_MONTHS.label);
        EChart split = EChart.withId("chart-split");
        EChart cumulative = EChart.withId("chart-cumulative-share");
        EChart rolling = EChart.withId("chart-rolling-share");
        show(c.data(Plot.GEO_SPLITS), c.download(Plot.GEO_SPLITS), a -> {
            Grid<List<String>> table = StoreGrid.of(a.table(),
                    List.of(PlotColumns.SPLIT, PlotColumns.MOVEMENT, PlotColumns.INSIDE_PROJECTS,
                            PlotColumns.OUTSIDE_PROJECTS, PlotColumns.ALL_TIME_SHARE),
                    List.of("Split", "Movement", "Inside", "Outside", "All-time share"), "grid-geo-splits");
            table.setHeight("200px");
            Div box = new Div(table);
            if (shares instanceof PlotData.Available s && !s.table().isEmpty()) {
                CsvTable t = s.table();
                picker.setItems(Tables.distinct(t, PlotColumns.SPLIT));
                Runnable draw = () -> {
                    String chosen = picker.getValue();
                    if (chosen == null) {
                        return;
                    }
                    CsvTable one = Tables.where(t, PlotColumns.SPLIT, chosen);
                    List<String> periods = Tables.text(one, PlotColumns.PERIOD);
                    ObjectNode o = ChartOptions.base("Projects inside and outside " + chosen, null);
                    ChartOptions.categoryAxis(o, "xAxis", periods, "period");
                    ChartOptions.valueAxis(o, "yAxis", "projects", "");
                    Map<String, List<OptionalDouble>> io = new LinkedHashMap<>();
                    io.put("inside", Tables.numbers(one, PlotColumns.INSIDE));
                    io.put("outside", Tables.numbers(one, PlotColumns.OUTSIDE));
                    ChartOptions.series(o, "line", io, null);
                    split.setOption(o);
                    cumulative.setOption(share("Cumulative share inside " + chosen, periods,
                            Tables.numbers(one, PlotColumns.CUMULATIVE_SHARE), one));
                    Rolling r = java.util.Arrays.stream(Rolling.values()).filter(x -> x.label.equals(window.getValue()))
                            .findFirst().orElse(Rolling.THREE_MONTHS);
                    rolling.setOption(share("Share inside " + chosen + ", rolling " + r.label, periods,
                            Tables.numbers(one, r.column), one));
                };
                picker.addValueChangeListener(e -> draw.run());
                window.addValueChangeListener(e -> draw.run());
                picker.setValue(Tables.distinct(t, PlotColumns.SPLIT).get(0));
                Div charts = new Div(split, cumulative, rolling);
                charts.addClassName("tf-panels");
                box.add(new Div(picker, window), charts);
            } else {
                Paragraph none = new Paragraph("This run has no share series for the splits.");
                none.addClassName("tf-message");
                box.add(none);
            }
            return box;
        });
    }

    private static ObjectNode share(String title, List<String> periods, List<OptionalDouble> values, CsvTable one) {
        ObjectNode o = ChartOptions.base(title, null);
        ChartOptions.categoryAxis(o, "xAxis", periods, "period");
        ChartOptions.valueAxis(o, "yAxis", "share inside the split", " %");
        ChartOptions.series(o, "line", Map.of("share (%)", Tables.map(values, v -> 100 * v)), null);
        OptionalDouble allTime = one.isEmpty() ? OptionalDouble.empty() : one.number(0, PlotColumns.ALL_TIME_SHARE);
        if (allTime.isPresent()) {
            ObjectNode line = ((ObjectNode) o.withArray("series").get(0)).putObject("markLine")
                    .put("silent", true).put("symbol", "none");
            line.putObject("label").put("formatter", "all-time share").put("position", "insideEndTop");
            line.putObject("lineStyle").put("color", "#000").put("type", "dashed");
            line.putArray("data").addObject().put("yAxis", ChartOptions.round(100 * allTime.getAsDouble()));
        }
        return o;
    }

}
