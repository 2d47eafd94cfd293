package org.trendfinder.dashboard.trends.panels;

import java.util.List;

import org.trendfinder.dashboard.base.ui.PlotPanel;
import org.trendfinder.dashboard.base.ui.StoreGrid;
import org.trendfinder.store.Plot;
import org.trendfinder.store.PlotColumns;
import org.trendfinder.store.PlotData;

/** The terms found with the trend: ranked by lift, or by count in runs written before lift was computed. */
public final class CoOccurrencesPanel extends PlotPanel {

    public CoOccurrencesPanel(PanelContext c) {
        this(c, c.data(Plot.CO_OCCURRENCES));
    }

    private CoOccurrencesPanel(PanelContext c, PlotData co) {
        super("Co-occurring terms", rankedByLift(co) ? "Terms found with the trend and rarely"
                + " without it, ranked by lift: how much likelier in the trend's projects of the current window than"
                + " in all of them." : "Terms found most often in the same projects (a run ranked by count).");
        setId("panel-co-occurrences");
        show(co, c.download(Plot.CO_OCCURRENCES), a -> StoreGrid.of(a.table(),
                List.of(PlotColumns.TERM, PlotColumns.PROJECTS, PlotColumns.TERM_PROJECTS, PlotColumns.LIFT),
                List.of("Term", "With the trend", "In the window", "Lift"), "grid-co-occurrences"));
    }

    /** Lift unless the table is there and lacks it (a missing plot keeps the current wording). */
    private static boolean rankedByLift(PlotData co) {
        return !(co instanceof PlotData.Available a) || a.table().hasColumn(PlotColumns.LIFT);
    }
}
