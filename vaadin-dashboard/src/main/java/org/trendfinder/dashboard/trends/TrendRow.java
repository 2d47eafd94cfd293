package org.trendfinder.dashboard.trends;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.trendfinder.store.CsvTable;
import org.trendfinder.store.Slug;
import org.trendfinder.store.StoreFormatException;
import org.trendfinder.store.TrendKind;
import org.trendfinder.store.TrendRecord;
import org.trendfinder.store.TrendTable;

/**
 * One row of a run's trend table as the views show it: the store's {@link TrendRecord} (which reads the table)
 * with the kinds and grouped terms unpacked. Shares are fractions (0.012 = 1.2 %); lift is current / baseline
 * share. {@code kinds} and {@code also} are empty for runs that predate them (and in classic mode).
 */
public record TrendRow(int rank, String trend, String slug, double score, long currentProjects,
                       double currentShare, double baselineShare, double lift, Set<TrendKind> kinds,
                       List<String> also) {

    public TrendRow {
        kinds = kinds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(kinds));
        also = List.copyOf(also);
    }

    public static TrendRow of(TrendRecord r) {
        return new TrendRow(r.rank(), r.term(), r.slug(), r.score(), r.currentProjects(), r.currentShare(),
                r.baselineShare(), r.lift(), r.kinds(), r.also());
    }

    public boolean is(TrendKind kind) {
        return kinds.contains(kind);
    }

    /**
     * The trend table's rows by rank. A table lacking a required column is refused; rows with a bad rank or slug
     * are skipped (the pipeline validates, we guard: a slug becomes a URL and a store path).
     */
    public static List<TrendRow> from(CsvTable t) {
        if (t.isEmpty()) {
            return List.of(); // no row needs a column: an empty table reads whatever its header
        }
        List<String> missing = TrendTable.missingColumns(t);
        if (!missing.isEmpty()) {
            throw new StoreFormatException("the trend table lacks the columns " + missing);
        }
        return TrendTable.read(t).stream().filter(r -> Slug.isValid(r.slug())).map(TrendRow::of)
                .sorted(Comparator.comparingInt(TrendRow::rank)).toList();
    }
}
