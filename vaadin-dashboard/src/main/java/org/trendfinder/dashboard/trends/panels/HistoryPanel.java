package org.trendfinder.dashboard.trends.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.trendfinder.dashboard.base.ui.ChartOptions;
import org.trendfinder.dashboard.base.ui.EChart;
import org.trendfinder.dashboard.base.ui.PlotPanel;
import org.trendfinder.dashboard.base.ui.Tables;
import org.trendfinder.dashboard.base.ui.Toggles;
import org.trendfinder.dashboard.trends.TrendRow;
import org.trendfinder.store.CsvTable;
import org.trendfinder.store.Plot;
import org.trendfinder.store.PlotColumns;
import org.trendfinder.store.RunManifest;
import org.trendfinder.store.TrendColumns;
import org.trendfinder.store.TrendKind;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/**
 * The trend's monthly history, counts or shares. For a growing trend the two periods its growth was judged
 * on (the run's growth windows: the recent weeks and the same weeks a year earlier) are shaded.
 */
public final class HistoryPanel extends PlotPanel {

    /** A shaded span of the chart: its label and first and last period. */
    record Span(String label, String from, String to) {
    }

    public HistoryPanel(PanelContext c) {
        super("History", "Projects that mention \u201c" + c.trend().trend() + "\u201d each period.");
        setId("panel-history");
        TrendRow trend = c.trend();
        RunManifest manifest = c.manifest();
        EChart chart = EChart.withId("chart-history");
        RadioButtonGroup<String> mode = Toggles.of("history-mode", "Show", List.of("Counts", "Proportions"), "Counts");
        addToToolbar(mode);
        show(c.data(Plot.HISTORY), c.download(Plot.HISTORY), a -> {
            CsvTable t = a.table();
            List<String> periods = Tables.text(t, PlotColumns.PERIOD);
            List<Span> spans = trend.is(TrendKind.GROWING) ? growthSpans(manifest, periods) : List.of();
            Runnable draw = () -> {
                boolean counts = "Counts".equals(mode.getValue());
                ObjectNode o = ChartOptions.base(counts ? "Projects mentioning the trend" : "Share of all projects",
                        null);
                ChartOptions.categoryAxis(o, "xAxis", periods, "period");
                ChartOptions.valueAxis(o, "yAxis", counts ? "projects" : "share of projects", counts ? "" : " %");
                ChartOptions.series(o, counts ? "bar" : "line", Map.of(counts ? "projects" : "share (%)", counts
                        ? Tables.numbers(t, PlotColumns.TREND_PROJECTS)
                        : Tables.map(Tables.numbers(t, PlotColumns.SHARE), v -> 100 * v)), null);
                shade(o, spans);
                chart.setOption(o);
            };
            mode.addValueChangeListener(e -> draw.run());
            draw.run();
            return chart;
        });
    }

    /** The run's growth windows as spans of the chart's periods; none when the run has no growth windows. */
    static List<Span> growthSpans(RunManifest manifest, List<String> periods) {
        List<Span> spans = new ArrayList<>();
        Map<String, RunManifest.Window> windows = manifest.windows() == null ? Map.of() : manifest.windows();
        span("a year earlier", windows.get(TrendColumns.GROWTH_BASELINE_WINDOW), periods).ifPresent(spans::add);
        span("recent weeks", windows.get(TrendColumns.GROWTH_CURRENT_WINDOW), periods).ifPresent(spans::add);
        return spans;
    }

    private static Optional<Span> span(String label, RunManifest.Window w, List<String> periods) {
        if (w == null || w.from() == null || w.to() == null || periods.isEmpty()) {
            return Optional.empty();
        }
        int width = periods.get(0).length();
        String from = w.from().substring(0, Math.min(width, w.from().length()));
        String to = w.to().substring(0, Math.min(width, w.to().length()));
        Optional<String> first = periods.stream().filter(pd -> pd.compareTo(from) >= 0).findFirst();
        Optional<String> last = periods.stream().filter(pd -> pd.compareTo(to) <= 0).reduce((x, y) -> y);
        if (first.isEmpty() || last.isEmpty() || first.get().compareTo(last.get()) > 0) {
            return Optional.empty();
        }
        return Optional.of(new Span(label, first.get(), last.get()));
    }

    private static void shade(ObjectNode o, List<Span> spans) {
        if (spans.isEmpty()) {
            return;
        }
        ObjectNode area = ((ObjectNode) o.withArray("series").get(0)).putObject("markArea").put("silent", true);
        area.putObject("itemStyle").put("color", "rgba(255,165,0,0.15)");
        area.putObject("label").put("position", "insideTop");
        ArrayNode data = area.putArray("data");
        for (Span s : spans) {
            ArrayNode pair = data.addArray();
            pair.addObject().put("xAxis", s.from()).put("name", s.label());
            pair.addObject().put("xAxis", s.to());
        }
    }
}
