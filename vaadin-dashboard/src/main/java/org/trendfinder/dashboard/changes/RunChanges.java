package org.trendfinder.dashboard.changes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.trendfinder.dashboard.trends.TrendRow;

/**
 * What changed between a run and the run before it: trends that are new, trends still reported (with their rank
 * then and now) and trends that dropped out. Trends are the same when their slugs are.
 *
 * @param previous the run compared with; empty for the first run (every trend is then new)
 */
public record RunChanges(LocalDate date, Optional<LocalDate> previous, List<Entry> added, List<Entry> continuing,
                         List<Entry> dropped) {

    /** One trend: its rank in the previous run and in this one (empty where it was not reported). */
    public record Entry(String trend, String slug, OptionalInt rankBefore, OptionalInt rankNow) {

        /** Places climbed since the previous run (negative: fell); 0 unless reported in both. */
        public int climbed() {
            return rankBefore.isPresent() && rankNow.isPresent() ? rankBefore.getAsInt() - rankNow.getAsInt() : 0;
        }
    }

    public RunChanges {
        added = List.copyOf(added);
        continuing = List.copyOf(continuing);
        dropped = List.copyOf(dropped);
    }

    /** Compares two runs' trend lists; each list comes out in the order of rank (now, else then). */
    public static RunChanges compare(LocalDate date, Optional<LocalDate> previous, List<TrendRow> now,
                                     List<TrendRow> before) {
        Map<String, TrendRow> beforeBySlug = new LinkedHashMap<>();
        before.forEach(r -> beforeBySlug.putIfAbsent(r.slug(), r));
        Map<String, TrendRow> nowBySlug = new LinkedHashMap<>();
        now.forEach(r -> nowBySlug.putIfAbsent(r.slug(), r));
        List<Entry> added = new ArrayList<>();
        List<Entry> continuing = new ArrayList<>();
        for (TrendRow r : nowBySlug.values()) {
            TrendRow then = beforeBySlug.get(r.slug());
            if (then == null) {
                added.add(new Entry(r.trend(), r.slug(), OptionalInt.empty(), OptionalInt.of(r.rank())));
            } else {
                continuing.add(new Entry(r.trend(), r.slug(), OptionalInt.of(then.rank()), OptionalInt.of(r.rank())));
            }
        }
        List<Entry> dropped = beforeBySlug.values().stream().filter(r -> !nowBySlug.containsKey(r.slug()))
                .map(r -> new Entry(r.trend(), r.slug(), OptionalInt.of(r.rank()), OptionalInt.empty())).toList();
        Comparator<Entry> byRankNow = Comparator.comparingInt(e -> e.rankNow().orElse(Integer.MAX_VALUE));
        added.sort(byRankNow);
        continuing.sort(byRankNow);
        return new RunChanges(date, previous, added, continuing, dropped);
    }
}
