package org.trendfinder.dashboard.trends.panels;

import java.time.LocalDate;

import org.trendfinder.dashboard.base.ui.PlotPanel;
import org.trendfinder.dashboard.data.CsvDownloads;
import org.trendfinder.dashboard.trends.TrendRow;
import org.trendfinder.dashboard.trends.TrendService;
import org.trendfinder.store.Plot;
import org.trendfinder.store.PlotData;
import org.trendfinder.store.RunManifest;

/** What every panel of a trend's view shares: the trend, its run, and where the plots and their downloads are. */
public record PanelContext(TrendService service, RunManifest manifest, LocalDate date, TrendRow trend) {

    /** One plot of this trend in this run. */
    PlotData data(Plot plot) {
        return service.plot(date, trend.slug(), plot);
    }

    /** Where the plot's CSV is downloaded from, and the file name it is saved as. */
    PlotPanel.Download download(Plot plot) {
        return new PlotPanel.Download(CsvDownloads.plotPath(date, trend.slug(), plot),
                CsvDownloads.plotFileName(date, trend.slug(), plot));
    }
}
