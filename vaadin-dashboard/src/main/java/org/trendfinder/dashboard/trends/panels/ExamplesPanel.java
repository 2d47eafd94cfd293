package org.trendfinder.dashboard.trends.panels;

import java.util.List;

import org.trendfinder.dashboard.base.ui.PlotPanel;
import org.trendfinder.dashboard.base.ui.StoreGrid;
import org.trendfinder.store.Plot;

/** Recent projects that mention the trend. */
public final class ExamplesPanel extends PlotPanel {

    public ExamplesPanel(PanelContext c) {
        super("Example projects", "Recent projects that mention the trend.");
        setId("panel-examples");
        wide();
        show(c.data(Plot.EXAMPLES), c.download(Plot.EXAMPLES), a -> StoreGrid.of(a.table(),
                List.of("title", "state", "posted_date", "status", "cost"),
                List.of("Title", "State", "Posted", "Status", "Cost (USD)"), "grid-examples"));
    }
}
