package org.trendfinder.pipeline.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One horizon's tested candidates reduced to its significant rises, best score first: Benjamini-Hochberg over
 * every candidate of the horizon, kept when q &le; {@code fdrQ}, the share rose, the horizon's own conditions
 * hold, and at least {@code minTeachers} teachers and {@code minSchools} schools used the term in the window.
 *
 * @param ranked     the significant terms, best first
 * @param qValues    every tested key's q-value
 * @param pCutoff    the largest p-value that passed the false-discovery control: a re-test (ride-along words)
 *                   must meet it too
 * @param tested     candidates tested
 * @param fewAuthors significant rises left out for too few teachers or schools
 */
record SignificantTerms(List<Tested> ranked, Map<String, Double> qValues, double pCutoff, int tested,
        int fewAuthors) {

    static SignificantTerms of(List<Tested> tested, DetectionParams params, Predicate<Tested> horizonCondition) {
        double[] q = BenjaminiHochberg.adjust(tested.stream().mapToDouble(Tested::pValue).toArray());
        Map<String, Double> qValues = new HashMap<>();
        List<Tested> significant = new ArrayList<>();
        double cutoff = 0;
        int fewAuthors = 0;
        for (int i = 0; i < tested.size(); i++) {
            Tested t = tested.get(i);
            qValues.put(t.key(), q[i]);
            if (q[i] > params.fdrQ()) {
                continue;
            }
            cutoff = Math.max(cutoff, t.pValue());
            if (!t.rose() || !horizonCondition.test(t)) {
                continue;
            }
            if (t.term().teachers.size() < params.minTeachers() || t.term().schools.size() < params.minSchools()) {
                fewAuthors++;
                continue;
            }
            significant.add(t);
        }
        significant.sort(Comparator.comparingDouble(Tested::score).reversed().thenComparing(Tested::key));
        return new SignificantTerms(List.copyOf(significant), qValues, cutoff, tested.size(), fewAuthors);
    }
}
