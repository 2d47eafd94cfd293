package org.trendfinder.dashboard.trends.panels;

import org.trendfinder.dashboard.base.ui.ChartOptions;
import org.trendfinder.dashboard.base.ui.EChart;
import org.trendfinder.dashboard.base.ui.PlotPanel;
import org.trendfinder.dashboard.base.ui.Tables;
import org.trendfinder.store.Plot;
import org.trendfinder.store.PlotColumns;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Features whose share among the trend's projects moves away from their share among all projects. */
public final class DivergingFeaturesPanel extends PlotPanel {

    public DivergingFeaturesPanel(PanelContext c) {
        super("Diverging features",
                "Features whose share among the trend's projects moves away from their share among all projects.");
        setId("panel-diverging-features");
        EChart chart = EChart.withId("chart-diverging-features");
        show(c.data(Plot.DIVERGING_FEATURES), c.download(Plot.DIVERGING_FEATURES), a -> {
            Tables.Pivot pivot = Tables.pivot(a.table(), PlotColumns.PERIOD, PlotColumns.FEATURE,
                    PlotColumns.DIFFERENCE);
            ObjectNode o = ChartOptions.base("Difference from all projects", null);
            ChartOptions.categoryAxis(o, "xAxis", pivot.rows(), "period");
            ChartOptions.valueAxis(o, "yAxis", "difference in share", "");
            ChartOptions.series(o, "line", pivot.series(), null);
            chart.setOption(o);
            return chart;
        });
    }
}
