package org.trendfinder.dashboard.base.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.page.Page;

/**
 * An Apache ECharts chart. The option is built on the server as JSON (Jackson) and handed to
 * {@code echarts.setOption} in the browser; no npm build is involved: ECharts comes from its webjar.
 * When ECharts reports 'finished' the element gets a {@code data-rendered} attribute.
 */
@Tag("div")
public class EChart extends Component implements HasSize, HasStyle {

    /**
     * ECharts' script in its webjar. The version is the pom's {@code echarts.version}, written into
     * {@code echarts.properties} by resource filtering, so a version bump is one edit. (An annotation's value
     * must be a compile-time constant, hence the scripts are added on attach instead of with {@code @JavaScript}.)
     */
    static final String ECHARTS_SCRIPT = "context://webjars/echarts/" + echartsVersion() + "/dist/echarts.min.js";
    /** Our renderer; it uses ECharts only when it draws, after both scripts are loaded. */
    static final String CHARTS_SCRIPT = "context://js/trendfinder-charts.js";

    private ObjectNode option;
    private int sequence;

    public EChart() {
        addClassName("tf-chart");
        getElement().setAttribute("role", "img");
    }

    public EChart(ObjectNode option) {
        this();
        setOption(option);
    }

    /** An empty chart with an element id (tests and the browser tests find charts by it). */
    public static EChart withId(String id) {
        EChart c = new EChart();
        c.setId(id);
        return c;
    }

    /** Replaces the chart's option (not merged); the browser redraws. */
    public void setOption(ObjectNode option) {
        this.option = option.deepCopy();
        sequence++;
        getElement().setAttribute("data-seq", Integer.toString(sequence));
        getElement().removeAttribute("data-rendered");
        String title = option.path("title").path("text").asText("");
        getElement().setAttribute("aria-label", title.isEmpty() ? "chart" : title);
        if (isAttached()) {
            render();
        }
    }

    /** The option last set (a copy): what the browser is asked to draw. */
    public ObjectNode option() {
        return option == null ? null : option.deepCopy();
    }

    /** The version the build wrote into {@code echarts.properties}. */
    static String echartsVersion() {
        try (InputStream in = EChart.class.getResourceAsStream("echarts.properties")) {
            if (in == null) {
                throw new IllegalStateException("echarts.properties is missing: build with Maven");
            }
            Properties p = new Properties();
            p.load(in);
            String version = p.getProperty("version", "");
            if (version.isBlank() || version.contains("${")) {
                throw new IllegalStateException("echarts.properties was not filtered: '" + version + "'");
            }
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // Added once per UI: the page skips a script whose URL it has already loaded.
        Page page = attachEvent.getUI().getPage();
        page.addJavaScript(ECHARTS_SCRIPT);
        page.addJavaScript(CHARTS_SCRIPT);
        if (option != null) {
            render();
        }
    }

    private void render() {
        getElement().executeJs("window.trendfinderCharts.render(this, $0, $1)", option.toString(), sequence);
    }
}
