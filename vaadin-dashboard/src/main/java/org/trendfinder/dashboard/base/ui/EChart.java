package org.trendfinder.dashboard.base.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;

/**
 * An Apache ECharts chart. The option is built on the server as JSON (Jackson) and handed to
 * {@code echarts.setOption} in the browser; no npm build is involved: ECharts comes from its webjar.
 * When ECharts reports 'finished' the element gets a {@code data-rendered} attribute.
 */
@Tag("div")
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
@JavaScript("context://js/trendfinder-charts.js")
public class EChart extends Component implements HasSize, HasStyle {

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

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (option != null) {
            render();
        }
    }

    private void render() {
        getElement().executeJs("window.trendfinderCharts.render(this, $0, $1)", option.toString(), sequence);
    }
}
