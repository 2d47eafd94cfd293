package org.trendfinder.dashboard.trends;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.trendfinder.store.CsvTable;
import org.trendfinder.store.TrendColumns;
import org.trendfinder.store.TrendKind;

/**
 * One row of a run's trend table. Shares are fractions (0.012 = 1.2 %); lift is current / baseline share.
 * {@code kinds} and {@code also} are empty for runs that predate them (and in classic mode).
 */
public record TrendRow(int rank, String trend, String slug, double score, long currentProjects,
                       double currentShare, double baselineShare, double lift, Set<TrendKind> kinds,
                       List<String> also) {

    public TrendRow {
        kinds = kinds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(kinds));
        also = List.copyOf(also);
    }

    public boolean is(TrendKind kind) {
        return kinds.contains(kind);
    }

    /** Parses the trend table; rows with a bad rank or slug are skipped (the pipeline validates, we guard). */
    public static List<TrendRow> from(CsvTable t) {
        List<TrendRow> rows = new ArrayList<>(t.size());
        for (int r = 0; r < t.size(); r++) {
            var rank = t.number(r, TrendColumns.RANK);
            String slug = t.cell(r, TrendColumns.SLUG);
            if (rank.isEmpty() || !org.trendfinder.store.Slug.isValid(slug)) {
                continue;
            }
            rows.add(new TrendRow((int) rank.getAsDouble(), t.cell(r, TrendColumns.TREND), slug,
                    t.number(r, TrendColumns.SCORE).orElse(Double.NaN),
                    (long) t.number(r, TrendColumns.CURRENT_PROJECTS).orElse(0),
                    t.number(r, TrendColumns.CURRENT_SHARE).orElse(Double.NaN),
                    t.number(r, TrendColumns.BASELINE_SHARE).orElse(Double.NaN),
                    t.number(r, TrendColumns.LIFT).orElse(Double.NaN),
                    TrendKind.parse(optional(t, r, TrendColumns.KIND)),
                    TrendColumns.alsoTerms(optional(t, r, TrendColumns.ALSO))));
        }
        rows.sort(java.util.Comparator.comparingInt(TrendRow::rank));
        return List.copyOf(rows);
    }

    private static String optional(CsvTable t, int row, String column) {
        return t.hasColumn(column) ? t.cell(row, column) : null;
    }
}
