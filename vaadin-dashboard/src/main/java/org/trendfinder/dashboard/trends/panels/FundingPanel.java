package org.trendfinder.dashboard.trends.panels;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.trendfinder.dashboard.base.ui.ChartOptions;
import org.trendfinder.dashboard.base.ui.EChart;
import org.trendfinder.dashboard.base.ui.PlotPanel;
import org.trendfinder.dashboard.base.ui.Tables;
import org.trendfinder.dashboard.base.ui.Toggles;
import org.trendfinder.store.CsvTable;
import org.trendfinder.store.Plot;
import org.trendfinder.store.PlotColumns;
import org.trendfinder.store.PlotData;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/**
 * The funding panel: funded rate, median cost or days to funded per month, the trend against all projects.
 * Months whose outcome is not known yet (the {@code open} column) are shaded and named, so a recent month
 * without a rate is not read as a collapse.
 */
public final class FundingPanel extends PlotPanel {

    private record Measure(String column, String axis, String unit) {
    }

    private static final Map<String, Measure> MEASURES = new LinkedHashMap<>();

    static {
        MEASURES.put("Funded rate", new Measure(PlotColumns.FUNDED_RATE, "funded", " %"));
        MEASURES.put("Median cost", new Measure(PlotColumns.MEDIAN_COST, "median cost (USD)", ""));
        MEASURES.put("Days to funded", new Measure(PlotColumns.MEDIAN_DAYS_TO_FUNDED, "median days to funded", ""));
    }

    public FundingPanel(PanelContext c) {
        super("Funding", "How projects that mention the trend fare against the others.");
        setId("panel-funding");
        EChart chart = EChart.withId("chart-funding");
        RadioButtonGroup<String> mode = Toggles.of("funding-mode", "Measure", List.copyOf(MEASURES.keySet()),
                "Funded rate");
        addToToolbar(mode);
        show(c.data(Plot.FUNDING), c.download(Plot.FUNDING), a -> {
            CsvTable t = a.table();
            List<String> open = openPeriods(t);
            Runnable draw = () -> chart.setOption(option(t, mode.getValue(), open));
            mode.addValueChangeListener(e -> draw.run());
            draw.run();
            Paragraph note = new Paragraph(note(open, a));
            note.setId("funding-open-note");
            note.addClassName("tf-panel-desc");
            return new Div(chart, note);
        });
    }

    /** Periods flagged open, in order; none for runs written before the flag. */
    static List<String> openPeriods(CsvTable t) {
        if (!t.hasColumn(PlotColumns.OPEN)) {
            return List.of();
        }
        return Tables.distinct(Tables.where(t, PlotColumns.OPEN, "true"), PlotColumns.PERIOD).stream().sorted()
                .toList();
    }

    private static String note(List<String> open, PlotData.Available a) {
        String horizon = a.kwargs().map(k -> k.path("horizon_days").asText("")).orElse("");
        if (open.isEmpty()) {
            return a.kwargs().map(k -> k.path("note").asText("")).filter(s -> !s.isEmpty())
                    .orElse("Every month shown is closed: its projects have had time to be funded.");
        }
        String within = horizon.isEmpty() ? "" : " within " + horizon + " days of posting";
        return "Still open: " + open.get(0) + (open.size() > 1 ? " to " + open.get(open.size() - 1) : "")
                + ". Their projects may yet be funded, so their funded rate and days to funded are not shown;"
                + " closed months count projects funded" + within + ".";
    }

    private static ObjectNode option(CsvTable t, String measureName, List<String> open) {
        Measure m = MEASURES.get(measureName);
        ObjectNode o = ChartOptions.base(measureName + " by period", null);
        Tables.Pivot pivot = Tables.pivot(t, PlotColumns.PERIOD, PlotColumns.GROUP, m.column());
        ChartOptions.categoryAxis(o, "xAxis", pivot.rows(), "period");
        ChartOptions.valueAxis(o, "yAxis", m.axis(), m.unit());
        Map<String, List<OptionalDouble>> series = new LinkedHashMap<>();
        pivot.series().forEach((k, v) -> series.put(k, m.unit().isEmpty() ? v : Tables.map(v, x -> 100 * x)));
        ChartOptions.series(o, "line", series, null);
        if (!open.isEmpty() && o.withArray("series").size() > 0) {
            ObjectNode area = ((ObjectNode) o.withArray("series").get(0)).putObject("markArea").put("silent", true);
            area.putObject("itemStyle").put("color", "rgba(128,128,128,0.15)");
            area.putObject("label").put("formatter", "still open").put("position", "insideTop").put("color", "#555");
            ArrayNode span = area.putArray("data").addArray();
            span.addObject().put("xAxis", open.get(0));
            span.addObject().put("xAxis", open.get(open.size() - 1));
        }
        return o;
    }
}
