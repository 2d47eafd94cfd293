package org.trendfinder.dashboard.trends.panels;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.trendfinder.dashboard.base.ui.ChartOptions;
import org.trendfinder.dashboard.base.ui.EChart;
import org.trendfinder.dashboard.base.ui.Formats;
import org.trendfinder.dashboard.base.ui.PlotPanel;
import org.trendfinder.dashboard.base.ui.Tables;
import org.trendfinder.store.CsvTable;
import org.trendfinder.store.Plot;
import org.trendfinder.store.PlotColumns;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A {@code by_*} breakdown as a lift chart. The "unknown" category (a school without a poverty level or metro
 * type) is not a group of schools: it is left out of the bars and counted in a note under the chart.
 */
public final class BreakdownPanel extends PlotPanel {

    public BreakdownPanel(PanelContext c, Plot plot, String dimension) {
        super("By " + dimension,
                "Lift: the trend's share of projects in each group over its share of all projects (1 = average).");
        String id = plot.folder().replace('_', '-');
        setId("panel-" + id);
        String column = plot.columns().get(0);
        EChart chart = EChart.withId("chart-" + id);
        chart.addClassName("tf-small");
        show(c.data(plot), c.download(plot), a -> {
            CsvTable all = a.table();
            CsvTable known = new CsvTable(all.header(), all.rows().stream()
                    .filter(r -> !isUnknown(r.get(all.column(column)))).toList());
            chart.setOption(option(known, column, dimension));
            Div box = new Div(chart);
            CsvTable unknown = new CsvTable(all.header(), all.rows().stream()
                    .filter(r -> isUnknown(r.get(all.column(column)))).toList());
            if (!unknown.isEmpty()) {
                Paragraph note = new Paragraph(unknownNote(unknown, dimension));
                note.setId("unknown-" + id);
                note.addClassName("tf-panel-desc");
                box.add(note);
            }
            return box;
        });
    }

    /** Blank or "unknown" in any case: the pipeline's word for a missing category. */
    static boolean isUnknown(String category) {
        return category == null || category.isBlank() || category.trim().toLowerCase(Locale.ROOT).equals("unknown");
    }

    private static String unknownNote(CsvTable unknown, String dimension) {
        double projects = Tables.numbers(unknown, PlotColumns.PROJECTS).stream().mapToDouble(v -> v.orElse(0)).sum();
        double trend = Tables.numbers(unknown, PlotColumns.TREND_PROJECTS).stream().mapToDouble(v -> v.orElse(0)).sum();
        return "Not shown: " + Formats.count(projects) + " projects of unknown " + dimension + " ("
                + Formats.count(trend) + " of them mention the trend).";
    }

    private static ObjectNode option(CsvTable t, String column, String dimension) {
        ObjectNode o = ChartOptions.base("Lift against the average, by " + dimension, null);
        o.remove("legend");
        ChartOptions.categoryAxis(o, "yAxis", Tables.text(t, column), dimension).put("inverse", true);
        ChartOptions.valueAxis(o, "xAxis", "lift (\u00d7 the average)", "\u00d7");
        ChartOptions.series(o, "bar", Map.of("lift", Tables.numbers(t, PlotColumns.LIFT)), null);
        ObjectNode line = ((ObjectNode) o.withArray("series").get(0)).putObject("markLine").put("silent", true);
        line.putObject("lineStyle").put("color", "#000").put("type", "dashed");
        line.putArray("data").addObject().put("xAxis", 1).put("name", "average");
        o.putObject("tooltip").put("trigger", "axis").put("confine", true);
        return o;
    }
}
