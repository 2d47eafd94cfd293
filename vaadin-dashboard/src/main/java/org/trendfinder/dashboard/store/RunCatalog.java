package org.trendfinder.dashboard.store;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.trendfinder.store.Plot;
import org.trendfinder.store.PlotData;
import org.trendfinder.store.RunManifest;
import org.trendfinder.store.Slug;
import org.trendfinder.store.StoreFormatException;
import org.trendfinder.store.TrendStore;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The runs in the store and lazy, cached access to their tables. The run list is re-read every
 * {@code trendfinder.refresh-interval} and on demand ({@link #refresh()}), so new runs appear without a
 * restart. Tables are read on first use and kept in a size-bounded cache keyed by run date <em>and</em>
 * attempt, so a re-published run is never served from an older attempt's entries, and the heap does not
 * grow with the number of runs. When the store cannot be reached the last good run list and the cache keep
 * serving, and {@link #status()} says so.
 */
@Service
public class RunCatalog implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(RunCatalog.class);

    /** A published run: its date and the attempt its manifest names (empty for the 2018 layout). */
    public record RunRef(LocalDate date, Optional<String> attempt) {
    }

    private record ManifestKey(LocalDate date, Optional<String> attempt) {
    }

    private record TableKey(LocalDate date, Optional<String> attempt, String slug, Plot plot) {
    }

    private final TrendStore store;
    private final Clock clock;
    private final Cache<Object, Object> cache;
    private final ScheduledExecutorService scheduler;
    private volatile List<RunRef> runs = List.of();
    private volatile StoreStatus status;

    @Autowired
    public RunCatalog(DashboardProperties props) {
        this(new TrendStore(StoreLocation.open(props)), props.cache().maxEntries(), Clock.systemUTC());
        long every = props.refreshInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::refreshQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    /** A catalog that refreshes only when asked (tests, benchmarks); reads the run list once now. */
    public RunCatalog(TrendStore store, int maxEntries, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.cache = Caffeine.newBuilder().maximumSize(maxEntries).build();
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "trendfinder-run-catalog");
            t.setDaemon(true);
            return t;
        });
        this.status = new StoreStatus(store.files().describe(), Optional.empty(), Optional.empty());
        refreshQuietly();
    }

    /** Published run dates, newest first. */
    public List<LocalDate> runDates() {
        return runs.stream().map(RunRef::date).toList();
    }

    public List<RunRef> runs() {
        return runs;
    }

    public Optional<LocalDate> latest() {
        List<RunRef> current = runs;
        return current.isEmpty() ? Optional.empty() : Optional.of(current.get(0).date());
    }

    public StoreStatus status() {
        return status;
    }

    /** The run's manifest; empty when there is no published run of that date (or it is unreadable). */
    public Optional<RunManifest> manifest(LocalDate date) {
        Optional<RunRef> ref = ref(date);
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        ManifestKey key = new ManifestKey(date, ref.get().attempt());
        Object cached = cache.getIfPresent(key);
        if (cached instanceof RunManifest m) {
            return Optional.of(m);
        }
        try {
            Optional<RunManifest> read = store.manifest(date);
            read.ifPresent(m -> cache.put(new ManifestKey(date, m.attemptId()), m));
            return read;
        } catch (RuntimeException e) {
            markUnreachable(e);
            return Optional.empty();
        }
    }

    /** The run's trend table; {@link PlotData.Missing} when the run does not exist. */
    public PlotData trends(LocalDate date) {
        return manifest(date)
                .map(m -> cached(new TableKey(date, m.attemptId(), null, null), () -> store.trends(m)))
                .orElseGet(() -> new PlotData.Missing(date + "/"));
    }

    /** One plot of one trend; {@link PlotData.Missing} for an unknown run or an invalid slug. */
    public PlotData plot(LocalDate date, String slug, Plot plot) {
        if (!Slug.isValid(slug)) {
            return new PlotData.Missing(date + "/" + plot.folder());
        }
        return manifest(date)
                .map(m -> cached(new TableKey(date, m.attemptId(), slug, plot), () -> store.plot(m, slug, plot)))
                .orElseGet(() -> new PlotData.Missing(date + "/" + slug + "/" + plot.folder()));
    }

    /** Re-reads the run list now; returns the status. */
    public synchronized StoreStatus refresh() {
        try {
            List<RunRef> found = new ArrayList<>();
            for (LocalDate date : store.candidateRunDates()) {
                try {
                    store.manifest(date).ifPresent(m -> {
                        cache.put(new ManifestKey(date, m.attemptId()), m);
                        found.add(new RunRef(date, m.attemptId()));
                    });
                } catch (StoreFormatException e) {
                    // One corrupt manifest hides that run only, never the others.
                    LOG.warn("skipping run {}: {}", date, e.getMessage());
                }
            }
            runs = List.copyOf(found);
            status = new StoreStatus(store.files().describe(), Optional.of(clock.instant()), Optional.empty());
        } catch (RuntimeException e) {
            markUnreachable(e);
        }
        return status;
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warn("run list refresh failed", e);
        }
    }

    private Optional<RunRef> ref(LocalDate date) {
        return runs.stream().filter(r -> r.date().equals(date)).findFirst();
    }

    /**
     * Available and Missing results are cached; Unreadable ones are not, because an I/O failure (store
     * briefly unreachable) looks the same as a corrupt file and must not stick.
     */
    private PlotData cached(TableKey key, java.util.function.Supplier<PlotData> read) {
        Object cached = cache.getIfPresent(key);
        if (cached instanceof PlotData d) {
            return d;
        }
        PlotData data = read.get();
        if (!(data instanceof PlotData.Unreadable)) {
            cache.put(key, data);
        }
        return data;
    }

    private void markUnreachable(RuntimeException e) {
        LOG.warn("store {} unreachable: {}", store.files().describe(), e.toString());
        StoreStatus old = status;
        status = new StoreStatus(old.location(), old.lastSuccess(), Optional.of(String.valueOf(e.getMessage())));
    }

    /** Entries in the table cache (for the benchmark and tests). */
    public long cachedEntries() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    Map<Object, Object> cacheView() {
        return cache.asMap();
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
