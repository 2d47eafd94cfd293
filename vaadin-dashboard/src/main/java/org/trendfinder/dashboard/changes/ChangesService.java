package org.trendfinder.dashboard.changes;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.trendfinder.dashboard.trends.TrendRow;
import org.trendfinder.dashboard.trends.TrendService;

/**
 * Run-to-run comparisons, read only from the store (each run's manifest and trend table, through the cached
 * catalog), so they work on any store the dashboard reads, S3 included.
 */
@Service
public class ChangesService {

    /** Why a comparison cannot be shown. */
    public sealed interface Outcome {
        record Compared(RunChanges changes) implements Outcome {
        }

        record NoRun() implements Outcome {
        }

        /** This run's or the previous run's trend table could not be read. */
        record Unreadable(LocalDate date) implements Outcome {
        }
    }

    private final TrendService trends;

    public ChangesService(TrendService trends) {
        this.trends = trends;
    }

    /** The newest published run before {@code date}. */
    public Optional<LocalDate> previous(LocalDate date) {
        return trends.runDates().stream().filter(d -> d.isBefore(date)).max(Comparator.naturalOrder());
    }

    public Outcome changes(LocalDate date) {
        if (trends.manifest(date).isEmpty()) {
            return new Outcome.NoRun();
        }
        Optional<List<TrendRow>> now = rows(date);
        if (now.isEmpty()) {
            return new Outcome.Unreadable(date);
        }
        Optional<LocalDate> previous = previous(date);
        if (previous.isEmpty()) {
            return new Outcome.Compared(RunChanges.compare(date, previous, now.get(), List.of()));
        }
        return rows(previous.get())
                .<Outcome>map(before -> new Outcome.Compared(RunChanges.compare(date, previous, now.get(), before)))
                .orElseGet(() -> new Outcome.Unreadable(previous.get()));
    }

    /** Every run date, oldest first, whose trend table lists {@code slug}. */
    public List<LocalDate> runsReporting(String slug) {
        return trends.runDates().stream().sorted()
                .filter(d -> rows(d).map(rs -> rs.stream().anyMatch(r -> r.slug().equals(slug))).orElse(false))
                .toList();
    }

    private Optional<List<TrendRow>> rows(LocalDate date) {
        return trends.trends(date) instanceof TrendService.TrendList.Loaded l ? Optional.of(l.rows())
                : Optional.empty();
    }
}
