package org.trendfinder.pipeline.sample;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The planted terms one project carries: every carried term is written into its essay; the title and one
 * resource feature one of them, picked uniformly among the carried ones.
 *
 * @param carried  per signal of the plan: does the project carry it
 * @param count    how many it carries
 * @param featured the featured term's forms (null when it carries none)
 * @param featuredSignal the featured term's signal (null when it carries none)
 */
record CarriedTerms(boolean[] carried, int count, String[] featured, PlantedSignal featuredSignal) {

    /**
     * A reposting decoy's term is carried by exactly its teacher's projects ({@code owner}); any other term with
     * its probability for the day, school and grade.
     */
    static CarriedTerms draw(List<PlantedSignal> signals, PlantedSignal owner, int day, Population.School school,
                             int grade, SplittableRandom rng) {
        boolean[] carried = new boolean[signals.size()];
        String[] term = null;
        PlantedSignal termSignal = null;
        int carriedCount = 0;
        for (int k = 0; k < signals.size(); k++) {
            PlantedSignal signal = signals.get(k);
            carried[k] = signal.teacherProjects != null ? signal == owner
                    : rng.nextDouble() < signal.probability(day, school, grade);
            if (carried[k]) {
                carriedCount++;
                if (term == null || rng.nextInt(carriedCount) == 0) {
                    term = signal.forms;
                    termSignal = signal;
                }
            }
        }
        return new CarriedTerms(carried, carriedCount, term, termSignal);
    }

    boolean any() {
        return featured != null;
    }
}
