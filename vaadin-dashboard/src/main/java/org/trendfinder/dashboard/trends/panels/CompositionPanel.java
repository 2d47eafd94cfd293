package org.trendfinder.dashboard.trends.panels;

import java.util.List;

import org.trendfinder.dashboard.base.ui.ChartOptions;
import org.trendfinder.dashboard.base.ui.EChart;
import org.trendfinder.dashboard.base.ui.PlotPanel;
import org.trendfinder.dashboard.base.ui.Tables;
import org.trendfinder.dashboard.base.ui.Toggles;
import org.trendfinder.store.Plot;
import org.trendfinder.store.PlotColumns;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/** A {@code composition_*} plot: the trend's projects per period split by one dimension, as counts or percentages. */
public final class CompositionPanel extends PlotPanel {

    public CompositionPanel(PanelContext c, Plot plot, String dimension) {
        super("By " + dimension, "Projects mentioning the trend, split by " + dimension + ".");
        String id = plot.folder().replace('_', '-');
        setId("panel-" + id);
        EChart chart = EChart.withId("chart-" + id);
        chart.addClassName("tf-small");
        RadioButtonGroup<String> mode = Toggles.of(id + "-mode", "Show", List.of("Counts", "Percentages"), "Counts");
        addToToolbar(mode);
        show(c.data(plot), c.download(plot), a -> {
            Tables.Pivot pivot = Tables.pivot(a.table(), PlotColumns.PERIOD, PlotColumns.CATEGORY,
                    PlotColumns.TREND_PROJECTS);
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
    }
}
