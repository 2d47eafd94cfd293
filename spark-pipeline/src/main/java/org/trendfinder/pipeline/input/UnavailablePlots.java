package org.trendfinder.pipeline.input;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.trendfinder.store.Plot;

/**
 * Drops the plots an input variant cannot feed (all their categories would be "unknown") from a run's
 * result, so the store shows them as absent rather than as data; the manifest's notes say why.
 */
public final class UnavailablePlots {
    private UnavailablePlots() {
    }

    /** run date -> trend slug -> plot -> table, without the {@code unavailable} plots. */
    public static <D, T> Map<D, Map<String, Map<Plot, T>>> without(Map<D, Map<String, Map<Plot, T>>> plots,
                                                                  Collection<Plot> unavailable) {
        if (unavailable.isEmpty()) {
            return plots;
        }
        Set<Plot> skip = Set.copyOf(unavailable);
        Map<D, Map<String, Map<Plot, T>>> kept = new LinkedHashMap<>();
        plots.forEach((date, trends) -> {
            Map<String, Map<Plot, T>> perTrend = new LinkedHashMap<>();
            trends.forEach((slug, tables) -> {
                Map<Plot, T> left = new LinkedHashMap<>(tables);
                left.keySet().removeAll(skip);
                perTrend.put(slug, left);
            });
            kept.put(date, perTrend);
        });
        return kept;
    }
}
