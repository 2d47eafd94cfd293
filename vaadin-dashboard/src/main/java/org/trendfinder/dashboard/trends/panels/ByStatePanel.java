package org.trendfinder.dashboard.trends.panels;

import java.util.List;
import java.util.OptionalDouble;

import org.trendfinder.dashboard.base.ui.ChartOptions;
import org.trendfinder.dashboard.base.ui.EChart;
import org.trendfinder.dashboard.base.ui.Palette;
import org.trendfinder.dashboard.base.ui.PlotPanel;
import org.trendfinder.dashboard.base.ui.StoreGrid;
import org.trendfinder.dashboard.base.ui.Tables;
import org.trendfinder.dashboard.base.ui.Toggles;
import org.trendfinder.store.CsvTable;
import org.trendfinder.store.Plot;
import org.trendfinder.store.PlotColumns;
import org.trendfinder.store.UsStates;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/** A US choropleth of the trend's share or lift by state, with the by_state table beside it. */
public final class ByStatePanel extends PlotPanel {

    public ByStatePanel(PanelContext c) {
        super("By state",
                "Share: projects in the state that mention the trend. Lift: that share over the national share.");
        setId("panel-by-state");
        wide();
        EChart chart = EChart.withId("chart-by-state");
        chart.addClassName("tf-map");
        RadioButtonGroup<String> mode = Toggles.of("by-state-mode", "Colour by", List.of("Share", "Lift"), "Share");
        addToToolbar(mode);
        show(c.data(Plot.BY_STATE), c.download(Plot.BY_STATE), a -> {
            CsvTable t = a.table();
            Runnable draw = () -> chart.setOption(option(t, "Share".equals(mode.getValue())));
            mode.addValueChangeListener(e -> draw.run());
            draw.run();
            Grid<List<String>> table = StoreGrid.of(t, List.of(PlotColumns.STATE, PlotColumns.PROJECTS,
                    PlotColumns.TREND_PROJECTS, PlotColumns.SHARE, PlotColumns.LIFT),
                    List.of("State", "Projects", "Trend projects", "Share", "Lift"), "grid-by-state");
            table.setHeight("420px");
            Div split = new Div(chart, table);
            split.addClassName("tf-split");
            return split;
        });
    }

    static ObjectNode option(CsvTable t, boolean share) {
        ObjectNode o = ChartOptions.base(share ? "Share of projects mentioning the trend, by state"
                : "Lift against the national share, by state", null);
        o.remove("legend");
        o.remove("grid");
        o.putObject("tooltip").put("trigger", "item").put("confine", true);
        List<String> states = Tables.text(t, PlotColumns.STATE);
        List<OptionalDouble> values = share ? Tables.map(Tables.numbers(t, PlotColumns.SHARE), v -> 100 * v)
                : Tables.numbers(t, PlotColumns.LIFT);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        ArrayNode data = ChartOptions.JSON.createArrayNode();
        for (int i = 0; i < states.size(); i++) {
            var name = UsStates.mapName(states.get(i));
            if (name.isEmpty() || values.get(i).isEmpty()) {
                continue;
            }
            double v = ChartOptions.round(values.get(i).getAsDouble());
            min = Math.min(min, v);
            max = Math.max(max, v);
            data.addObject().put("name", name.get()).put("value", v);
        }
        ObjectNode vm = o.putObject("visualMap").put("type", "continuous").put("left", "left").put("bottom", 8)
                .put("calculable", true).put("text", (String) null);
        vm.put("min", data.isEmpty() ? 0 : min).put("max", data.isEmpty() ? 1 : (max > min ? max : min + 1));
        vm.putArray("text").add(share ? "share (%)" : "lift (\u00d7)").add("");
        ArrayNode colors = vm.putObject("inRange").putArray("color");
        Palette.SEQUENTIAL.forEach(colors::add);
        ObjectNode s = o.withArray("series").addObject().put("type", "map").put("map", "USA")
                .put("name", share ? "share (%)" : "lift").put("roam", false);
        s.putObject("itemStyle").put("areaColor", "#eeeeee").put("borderColor", "#ffffff");
        s.putObject("emphasis").putObject("label").put("show", false);
        s.set("data", data);
        return o;
    }
}
