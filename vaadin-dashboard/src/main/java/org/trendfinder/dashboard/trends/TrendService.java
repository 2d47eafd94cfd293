package org.trendfinder.dashboard.trends;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.trendfinder.dashboard.store.RunCatalog;
import org.trendfinder.store.Plot;
import org.trendfinder.store.PlotData;
import org.trendfinder.store.RunManifest;

/** What the trend views need from the store: a run's ranked trends and one trend's plots. */
@Service
public class TrendService {

    /** A run's trend list, or why there is none. */
    public sealed interface TrendList {
        record Loaded(List<TrendRow> rows) implements TrendList {
        }

        record NoRun() implements TrendList {
        }

        record Unreadable() implements TrendList {
        }
    }

    private final RunCatalog catalog;

    public TrendService(RunCatalog catalog) {
        this.catalog = catalog;
    }

    public List<LocalDate> runDates() {
        return catalog.runDates();
    }

    public Optional<LocalDate> latest() {
        return catalog.latest();
    }

    public Optional<RunManifest> manifest(LocalDate date) {
        return catalog.manifest(date);
    }

    public TrendList trends(LocalDate date) {
        if (catalog.manifest(date).isEmpty()) {
            return new TrendList.NoRun();
        }
        PlotData data = catalog.trends(date);
        if (data instanceof PlotData.Available a) {
            try {
                return new TrendList.Loaded(TrendRow.from(a.table()));
            } catch (RuntimeException e) {
                return new TrendList.Unreadable();
            }
        }
        return data instanceof PlotData.Missing ? new TrendList.Loaded(List.of()) : new TrendList.Unreadable();
    }

    public PlotData plot(LocalDate date, String slug, Plot plot) {
        return catalog.plot(date, slug, plot);
    }
}
