package org.trendfinder.pipeline.detect;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One reported trend.
 *
 * @param rank            1 = strongest
 * @param term            display form: the most common surface form in the current window
 * @param key             analyzed (stemmed) key, what projects are matched on
 * @param slug            {@code org.trendfinder.store.Slug.of(term)}, unique within a run
 * @param score           the ranking score (default mode: lower 95 % bound of the log lift; classic: 2018 weight)
 * @param currentProjects window projects containing the term
 * @param currentShare    currentProjects / window projects
 * @param baselineShare   share in the baseline the window was compared with
 * @param lift            currentShare / baselineShare (baseline share floored at half a project, see detector)
 * @param extra           mode-specific figures (p_value, q_value, teachers, schools, ...), in the order given: they
 *                        become df.csv columns in that order
 * @param alsoKeys        keys of the other significant terms grouped into this trend (their projects largely
 *                        coincide with its own); empty when it stands alone
 */
public record Trend(int rank, String term, String key, String slug, double score, long currentProjects,
        double currentShare, double baselineShare, double lift, Map<String, Object> extra, List<String> alsoKeys) {

    /** A trend that stands alone (no grouped terms). */
    public Trend(int rank, String term, String key, String slug, double score, long currentProjects,
            double currentShare, double baselineShare, double lift, Map<String, Object> extra) {
        this(rank, term, key, slug, score, currentProjects, currentShare, baselineShare, lift, extra, List.of());
    }

    public Trend {
        alsoKeys = List.copyOf(alsoKeys);
        // Not Map.copyOf: its iteration order changes from JVM to JVM, and with it df.csv's column order
        // between the driver of one run and the next.
        extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }
}
