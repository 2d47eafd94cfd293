package org.trendfinder.dashboard.runs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.trendfinder.dashboard.store.RunCatalog;
import org.trendfinder.dashboard.store.StoreStatus;
import org.trendfinder.store.RunManifest;

/** What the run views need from the store: the published runs' manifests and whether the store answered. */
@Service
public class RunService {

    /** The runs' manifests, newest first, and the store's status when they were listed. */
    public record RunList(List<RunManifest> manifests, StoreStatus status) {
        public RunList {
            manifests = List.copyOf(manifests);
        }
    }

    private final RunCatalog catalog;

    public RunService(RunCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Every published run; {@code refresh} re-reads the store's run list first (otherwise the list read last
     * is used). A run whose manifest cannot be read now is left out.
     */
    public RunList runs(boolean refresh) {
        StoreStatus status = refresh ? catalog.refresh() : catalog.status();
        List<RunManifest> manifests = new ArrayList<>();
        for (RunCatalog.RunRef ref : catalog.runs()) {
            catalog.manifest(ref.date()).ifPresent(manifests::add);
        }
        return new RunList(manifests, status);
    }

    /** The run's manifest; empty when there is no published run of that date. */
    public Optional<RunManifest> manifest(LocalDate date) {
        return catalog.manifest(date);
    }
}
