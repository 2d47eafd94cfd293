package org.trendfinder.pipeline.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One horizon's tested candidates reduced to its significant rises: Benjamini-Hochberg over every candidate of
 * the horizon, kept when q &le; {@code fdrQ}, the share rose and the horizon's own conditions hold; then, once
 * their window details are known, when at least {@code minTeachers} teachers and {@code minSchools} schools used
 * the term in the window (one teacher reposting is no trend).
 *
 * @param rising   the significant rises, best score first, without window details yet
 * @param qValues  every tested key's q-value
 * @param pCutoff  the Benjamini-Hochberg rejection threshold (q x rejections / tests): a re-test (ride-along
 *                 words) must meet it too
 * @param tested   candidates tested
 */
record SignificantTerms(List<Tested> rising, Map<String, Double> qValues, double pCutoff, int tested) {

    static final Comparator<Tested> BEST_FIRST = Comparator.comparingDouble(Tested::score).reversed()
            .thenComparing(Tested::key);

    static SignificantTerms of(List<Tested> tested, DetectionParams params, Predicate<Tested> horizonCondition) {
        double[] q = BenjaminiHochberg.adjust(tested.stream().mapToDouble(Tested::pValue).toArray());
        Map<String, Double> qValues = new HashMap<>();
        List<Tested> rising = new ArrayList<>();
        int rejected = 0;
        for (int i = 0; i < tested.size(); i++) {
            Tested t = tested.get(i);
            qValues.put(t.key(), q[i]);
            if (q[i] > params.fdrQ()) {
                continue;
            }
            rejected++;
            if (t.rose() && horizonCondition.test(t)) {
                rising.add(t);
            }
        }
        rising.sort(BEST_FIRST);
        double cutoff = tested.isEmpty() ? 0 : params.fdrQ() * rejected / tested.size();
        return new SignificantTerms(List.copyOf(rising), qValues, cutoff, tested.size());
    }

    /** The rises with their window details, best first, and how many were left out for too few authors. */
    record Authored(List<Tested> ranked, int fewAuthors) {
    }

    Authored withAuthors(Map<String, WindowTerm> details, DetectionParams params) {
        List<Tested> ranked = new ArrayList<>();
        int fewAuthors = 0;
        for (Tested t : rising) {
            WindowTerm term = details.get(t.key());
            if (term == null || term.teachers.size() < params.minTeachers() || term.schools.size() < params.minSchools()) {
                fewAuthors++;
            } else {
                ranked.add(t.withTerm(term));
            }
        }
        return new Authored(List.copyOf(ranked), fewAuthors);
    }
}
