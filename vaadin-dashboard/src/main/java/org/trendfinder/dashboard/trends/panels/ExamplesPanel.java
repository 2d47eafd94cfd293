package org.trendfinder.dashboard.trends.panels;

import java.util.List;

import org.trendfinder.dashboard.base.ui.PlotPanel;
import org.trendfinder.dashboard.base.ui.StoreGrid;
import org.trendfinder.store.Plot;
import org.trendfinder.store.PlotColumns;

/** Recent projects that mention the trend. */
public final class ExamplesPanel extends PlotPanel {

    public ExamplesPanel(PanelContext c) {
        super("Example projects", "Recent projects that mention the trend.");
        setId("panel-examples");
        wide();
        show(c.data(Plot.EXAMPLES), c.download(Plot.EXAMPLES), a -> StoreGrid.of(a.table(),
                List.of(PlotColumns.TITLE, PlotColumns.STATE, PlotColumns.POSTED_DATE, PlotColumns.STATUS,
                        PlotColumns.COST),
                List.of("Title", "State", "Posted", "Status", "Cost (USD)"), "grid-examples"));
    }
}
