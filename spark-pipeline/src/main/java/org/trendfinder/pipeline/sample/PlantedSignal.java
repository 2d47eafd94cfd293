package org.trendfinder.pipeline.sample;

import java.util.Arrays;

/** One planted term with its per-day base share and its skews, resolved for fast lookup. */
final class PlantedSignal {
    final PlantedTerm truth;
    final String[] forms;
    final double[] share;          // base share per day offset
    final String geoState;
    final String geoCounty;        // null for a whole-state skew
    final String demoDimension;
    final String demoValue;
    final int minFreeLunch;
    final int maxFreeLunch;
    final long[] teacherProjects;  // sorted project indices, SINGLE_TEACHER_DECOY only
    final int teacherIndex;
    /** Mean skew multiplier over the projects: dividing by it keeps the base share the overall share. */
    double meanMultiplier = 1.0;

    PlantedSignal(PlantedTerm truth, String[] forms, double[] share, long[] teacherProjects, int teacherIndex) {
        this.truth = truth;
        this.forms = forms;
        this.share = share;
        this.geoState = truth.geography().state();
        this.geoCounty = truth.geography().county();
        this.demoDimension = truth.demographic().dimension();
        this.demoValue = truth.demographic().value();
        this.minFreeLunch = truth.demographic().minFreeLunch() == null ? 0 : truth.demographic().minFreeLunch();
        this.maxFreeLunch = truth.demographic().maxFreeLunch() == null ? 0 : truth.demographic().maxFreeLunch();
        this.teacherProjects = teacherProjects;
        this.teacherIndex = teacherIndex;
    }

    boolean ownsProject(long index) {
        return teacherProjects != null && Arrays.binarySearch(teacherProjects, index) >= 0;
    }

    double probability(int day, Population.School school, int grade) {
        double p = share[day];
        if (p == 0) {
            return 0;
        }
        return Math.min(0.9, p * multiplier(school, grade) / meanMultiplier);
    }

    /** How much more (or less) often than the base share a project of this school and grade carries the term. */
    double multiplier(Population.School school, int grade) {
        double m;
        if (!school.county().state().equals(geoState)) {
            m = Skews.GEO_OUT;
        } else {
            m = geoCounty == null || school.county().county().equals(geoCounty) ? Skews.GEO_IN : Skews.GEO_REST_OF_STATE;
        }
        boolean inDemo = switch (demoDimension) {
            case "METRO_TYPE" -> school.metroType().equals(demoValue);
            case "GRADE_LEVEL" -> TrendPlan.GRADES[grade].equals(demoValue);
            default -> school.freeLunch() >= minFreeLunch && school.freeLunch() < maxFreeLunch;
        };
        return m * (inDemo ? Skews.DEMO_IN : Skews.DEMO_OUT);
    }

    /**
     * Sets {@link #meanMultiplier} to the multiplier's mean over the teachers (weighted by how often they post)
     * and their schools' grades, so that the planted base share is the term's share of all projects whatever
     * the skew's target: a skew redistributes a trend, it does not make it weaker or stronger.
     */
    void normalize(Population population) {
        double sum = 0;
        double weights = 0;
        for (Population.Teacher t : population.teachers()) {
            Population.School school = population.schools().get(t.schoolIndex());
            int[] gradeWeights = Population.gradeWeights(school.level());
            for (int g = 0; g < gradeWeights.length; g++) {
                double w = t.activity() * gradeWeights[g];
                sum += w * multiplier(school, g);
                weights += w;
            }
        }
        meanMultiplier = weights > 0 ? sum / weights : 1.0;
    }
}
