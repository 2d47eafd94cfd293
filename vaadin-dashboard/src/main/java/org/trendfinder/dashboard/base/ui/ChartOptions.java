package org.trendfinder.dashboard.base.ui;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds ECharts options as JSON: titles, named axes with units, the shared palette, readable fonts. */
public final class ChartOptions {

    public static final ObjectMapper JSON = new ObjectMapper();

    private ChartOptions() {
    }

    /** Title, palette, axis tooltip, scrollable legend at the bottom, a grid that keeps labels inside. */
    public static ObjectNode base(String title, String subtitle) {
        ObjectNode o = JSON.createObjectNode();
        ObjectNode t = o.putObject("title").put("text", title).put("left", "center");
        t.putObject("textStyle").put("fontSize", 14);
        if (subtitle != null && !subtitle.isEmpty()) {
            t.put("subtext", subtitle);
        }
        ArrayNode colors = o.putArray("color");
        Palette.CATEGORICAL.forEach(colors::add);
        o.putObject("textStyle").put("fontFamily", "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif");
        o.putObject("tooltip").put("trigger", "axis").put("confine", true);
        o.putObject("legend").put("type", "scroll").put("bottom", 0);
        o.putObject("grid").put("left", 16).put("right", 24).put("top", subtitle == null ? 48 : 64)
                .put("bottom", 56).put("containLabel", true);
        o.put("animationDuration", 300);
        return o;
    }

    public static ObjectNode categoryAxis(ObjectNode option, String axis, List<String> categories, String name) {
        ObjectNode a = option.putObject(axis).put("type", "category").put("name", name)
                .put("nameLocation", "middle").put("nameGap", axis.equals("xAxis") ? 28 : 80);
        a.putObject("axisLabel").put("hideOverlap", true);
        ArrayNode data = a.putArray("data");
        categories.forEach(data::add);
        return a;
    }

    /** A value axis; {@code unit} is shown after each tick label ("%", "x", ...). */
    public static ObjectNode valueAxis(ObjectNode option, String axis, String name, String unit) {
        // A vertical axis names itself above its top end (never under the tick labels); a horizontal one below.
        ObjectNode a = axis.equals("yAxis")
                ? option.putObject(axis).put("type", "value").put("name", name).put("nameLocation", "end")
                : option.putObject(axis).put("type", "value").put("name", name).put("nameLocation", "middle")
                        .put("nameGap", 28);
        if (axis.equals("yAxis")) {
            a.putObject("nameTextStyle").put("align", "left");
        }
        if (unit != null && !unit.isEmpty()) {
            a.putObject("axisLabel").put("formatter", "{value}" + unit);
        }
        return a;
    }

    public static ArrayNode values(List<OptionalDouble> values) {
        ArrayNode data = JSON.createArrayNode();
        for (OptionalDouble v : values) {
            if (v.isPresent()) {
                data.add(round(v.getAsDouble()));
            } else {
                data.addNull();
            }
        }
        return data;
    }

    /** Adds one series per entry, in order; {@code stack} non-null stacks them. */
    public static void series(ObjectNode option, String type, Map<String, List<OptionalDouble>> series, String stack) {
        ArrayNode all = option.withArray("series");
        series.forEach((name, data) -> {
            ObjectNode s = all.addObject().put("type", type).put("name", name);
            if (stack != null) {
                s.put("stack", stack);
            }
            if (type.equals("line")) {
                s.put("showSymbol", data.size() <= 40).put("connectNulls", false);
            }
            s.set("data", values(data));
        });
    }

    /** Four significant decimals is plenty for a chart and keeps the JSON small. */
    public static double round(double v) {
        if (!Double.isFinite(v)) {
            return v;
        }
        double scale = Math.pow(10, Math.max(0, 4 - (int) Math.floor(Math.log10(Math.abs(v) + 1e-12))));
        scale = Math.min(scale, 1e8);
        return Math.round(v * scale) / scale;
    }
}
