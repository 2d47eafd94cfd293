package org.trendfinder.dashboard.trends;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.trendfinder.dashboard.trends.panels.BreakdownPanel;
import org.trendfinder.dashboard.trends.panels.ByStatePanel;
import org.trendfinder.dashboard.trends.panels.CoOccurrencesPanel;
import org.trendfinder.dashboard.trends.panels.CompositionPanel;
import org.trendfinder.dashboard.trends.panels.CorrelatedFeaturesPanel;
import org.trendfinder.dashboard.trends.panels.DivergingFeaturesPanel;
import org.trendfinder.dashboard.trends.panels.ExamplesPanel;
import org.trendfinder.dashboard.trends.panels.FundingPanel;
import org.trendfinder.dashboard.trends.panels.GeoSplitsPanel;
import org.trendfinder.dashboard.trends.panels.HistoryPanel;
import org.trendfinder.dashboard.trends.panels.PanelContext;
import org.trendfinder.store.Plot;
import org.trendfinder.store.RunManifest;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

/**
 * Every analysis of one trend in one run, each in its own panel (package {@code panels}), grouped into sections;
 * a plot the run lacks says so in its panel.
 */
public class TrendDetail extends Div {

    /** The composition plots and the dimension each splits by, in the order shown. */
    private static final Map<Plot, String> COMPOSITIONS = new LinkedHashMap<>();
    /** The by_* breakdowns (lift against the average) and their dimension, in the order shown. */
    private static final Map<Plot, String> BREAKDOWNS = new LinkedHashMap<>();

    static {
        COMPOSITIONS.put(Plot.COMPOSITION_POVERTY, "poverty level");
        COMPOSITIONS.put(Plot.COMPOSITION_GRADE, "grade");
        COMPOSITIONS.put(Plot.COMPOSITION_SUBJECT, "subject");
        COMPOSITIONS.put(Plot.COMPOSITION_METRO, "metro type");
        BREAKDOWNS.put(Plot.BY_POVERTY, "poverty level");
        BREAKDOWNS.put(Plot.BY_GRADE, "grade");
        BREAKDOWNS.put(Plot.BY_SUBJECT, "subject");
        BREAKDOWNS.put(Plot.BY_METRO, "metro type");
        BREAKDOWNS.put(Plot.BY_RESOURCE, "resource category");
        BREAKDOWNS.put(Plot.BY_PREFIX, "teacher prefix");
    }

    public TrendDetail(TrendService service, RunManifest manifest, LocalDate date, TrendRow trend,
                       List<LocalDate> reportedIn) {
        PanelContext c = new PanelContext(service, manifest, date, trend);
        setWidthFull();
        add(new TrendHeader(trend, date, reportedIn));
        add(section("Over time",
                new HistoryPanel(c), new CoOccurrencesPanel(c), new FundingPanel(c), new ExamplesPanel(c)));
        add(section("Who asks for it: composition over time", COMPOSITIONS.entrySet().stream()
                .map(e -> new CompositionPanel(c, e.getKey(), e.getValue())).toArray(Component[]::new)));
        add(section("Where", new ByStatePanel(c)));
        add(section("Compared with the average project", BREAKDOWNS.entrySet().stream()
                .map(e -> new BreakdownPanel(c, e.getKey(), e.getValue())).toArray(Component[]::new)));
        add(section("Related features", new DivergingFeaturesPanel(c), new CorrelatedFeaturesPanel(c)));
        add(section("Geographic splits", new GeoSplitsPanel(c)));
    }

    private static Div section(String title, Component... panels) {
        Div grid = new Div(panels);
        grid.addClassName("tf-panels");
        Div section = new Div(new H3(title), grid);
        section.getStyle().set("margin-top", "var(--lumo-space-l)");
        return section;
    }
}
