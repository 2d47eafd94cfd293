package org.trendfinder.pipeline.analysis;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.trendfinder.pipeline.input.ProjectColumns;

/**
 * Projects per (slug, token, month cut): {@link Aggregates#TOTAL} counts every project, a feature token
 * ("poverty_level=high poverty", "subject=Music", "school_charter=true") the projects carrying it, and
 * {@link Aggregates#FUNDED_DAYS}{@code n} the projects fully funded {@code n} days after posting.
 *
 * @param bySlug slug -> token -> (month, cut) -> projects (read-only)
 */
record MonthlyCounts(Map<String, Map<String, Map<MonthCut, Long>>> bySlug) {

    /** Tokens seen for {@code slug}. */
    Map<String, Map<MonthCut, Long>> tokens(String slug) {
        return bySlug.getOrDefault(slug, Map.of());
    }

    /** The counts of {@code stack} alone (one Spark job; {@link ProjectAggregates} makes them with the others). */
    static MonthlyCounts collect(ProjectStack stack) {
        return StackPass.collect(stack, Accumulator::new);
    }

    /**
     * The tokens a stack row counts under: {@link Aggregates#TOTAL}, "poverty_level=high poverty", "metro_type=urban",
     * "grade_level=...", "subject=..." once per distinct subject, "school_x=true" per school flag set, and
     * {@link Aggregates#FUNDED_DAYS}{@code n} when the project was fully funded {@code n} days after posting.
     */
    static Set<String> tokens(StackRow row) {
        Set<String> tokens = new LinkedHashSet<>();
        tokens.add(Aggregates.TOTAL);
        tokens.add(ProjectColumns.POVERTY_LEVEL + "=" + row.povertyLevel());
        tokens.add(ProjectColumns.METRO_TYPE + "=" + row.metroType());
        tokens.add(ProjectColumns.GRADE_LEVEL + "=" + row.gradeLevel());
        for (String subject : row.subjects()) {
            if (subject != null) {
                tokens.add(Aggregates.SUBJECT + "=" + subject);
            }
        }
        for (String flag : row.flags()) {
            tokens.add(flag + "=true");
        }
        if (row.daysToFunded() != null) {
            tokens.add(Aggregates.FUNDED_DAYS + row.daysToFunded());
        }
        return tokens;
    }

    /**
     * slug -> month -> cut -> token -> projects. A project's rows come one after another (under
     * {@link Aggregates#ALL}, then under each of its trends), so its tokens are made once, for the first.
     */
    static final class Accumulator extends StackAccumulator.OfTree<Accumulator, MonthlyCounts> {
        private static final long serialVersionUID = 1L;
        private transient String lastProject;
        private transient String[] lastTokens;

        @Override
        void add(StackRow row) {
            if (lastTokens == null || !row.projectId().equals(lastProject)) {
                lastProject = row.projectId();
                lastTokens = tokens(row).toArray(String[]::new);
            }
            HashMap<Object, Object> byCut = level(level(tree, row.slug()), row.month());
            for (int cut : row.cuts()) {
                HashMap<Object, Object> byToken = level(byCut, cut);
                for (String token : lastTokens) {
                    ((long[]) byToken.computeIfAbsent(token, k -> new long[1]))[0]++;
                }
            }
        }

        @Override
        MonthlyCounts result() {
            Builder out = new Builder();
            forEachLeaf(4, (path, n) -> out.add((String) path[0], (String) path[3], YearMonth.parse((String) path[1]),
                    (Integer) path[2], ((long[]) n)[0]));
            return out.build();
        }
    }

    /** Collects counts, then hands them out read-only. */
    static final class Builder {
        private final Map<String, Map<String, Map<MonthCut, Long>>> bySlug = new HashMap<>();

        Builder add(String slug, String token, YearMonth month, int cut, long n) {
            bySlug.computeIfAbsent(slug, k -> new HashMap<>()).computeIfAbsent(token, k -> new HashMap<>())
                    .merge(new MonthCut(month, cut), n, Long::sum);
            return this;
        }

        MonthlyCounts build() {
            return new MonthlyCounts(FrozenMaps.frozen(bySlug, byToken -> FrozenMaps.frozen(byToken,
                    FrozenMaps::frozen)));
        }
    }
}
