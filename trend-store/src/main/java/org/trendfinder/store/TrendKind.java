package org.trendfinder.store;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The horizon on which a trend was found (the {@code kind} column of a run's {@code df.csv}). A term can be
 * both: the cell then names both, joined by {@link #SEPARATOR} ({@code surging+growing}).
 */
public enum TrendKind {
    /** The share in the current window rose beyond its trailing and seasonal baselines: a burst. */
    SURGING,
    /** The share rose steadily over the last year, judged against the same weeks a year earlier. */
    GROWING;

    public static final String SEPARATOR = "+";

    /** The cell's word for this kind ({@code surging}, {@code growing}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The cell for a set of kinds, in declaration order. */
    public static String format(Set<TrendKind> kinds) {
        return kinds.stream().sorted().map(TrendKind::label).collect(Collectors.joining(SEPARATOR));
    }

    /** The kinds a cell names; unknown words are ignored (a newer writer may add kinds), blank gives none. */
    public static Set<TrendKind> parse(String cell) {
        Set<TrendKind> kinds = EnumSet.noneOf(TrendKind.class);
        if (cell == null || cell.isBlank()) {
            return kinds;
        }
        for (String word : cell.split("\\" + SEPARATOR)) {
            for (TrendKind k : values()) {
                if (k.label().equals(word.trim())) {
                    kinds.add(k);
                }
            }
        }
        return kinds;
    }
}
