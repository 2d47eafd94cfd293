package org.trendfinder.pipeline.detect;

/**
 * A term found in a trend's window projects, with the counts of the 2 x 2 table it was ranked on: of the
 * {@code windowProjects} projects of the window, {@code termProjects} hold the term, {@code trendProjects}
 * hold the trend, {@code projects} hold both.
 *
 * @param term           display form (the most common surface form among the trend's projects)
 * @param projects       the trend's window projects holding the term
 * @param termProjects   window projects holding the term, with or without the trend
 * @param trendProjects  the trend's window projects
 * @param windowProjects every window project
 */
public record CoOccurrence(String term, long projects, long termProjects, long trendProjects, long windowProjects) {

    public CoOccurrence {
        if (projects > termProjects || projects > trendProjects || termProjects > windowProjects
                || trendProjects > windowProjects) {
            throw new IllegalArgumentException("inconsistent counts for '" + term + "': both " + projects + ", term "
                    + termProjects + ", trend " + trendProjects + ", window " + windowProjects);
        }
    }

    /**
     * How much likelier the term is in the trend's projects than in the window as a whole:
     * P(term | trend) / P(term), equally P(trend | term) / P(trend). A word found in every request has a lift
     * near 1 however often it comes with the trend; a word that comes with the trend and rarely without it has
     * a lift near 1 / P(trend).
     */
    public double lift() {
        return (double) projects * windowProjects / ((double) trendProjects * termProjects);
    }

    /**
     * Dunning's log-likelihood ratio G2 of the 2 x 2 table (independence against association), reported
     * beside the lift: large for strong associations backed by many projects.
     */
    public double logLikelihood() {
        long a = projects;
        long b = trendProjects - projects;
        long c = termProjects - projects;
        long d = windowProjects - trendProjects - termProjects + projects;
        double n = windowProjects;
        return 2 * (term(a, trendProjects * (double) termProjects / n)
                + term(b, trendProjects * (double) (windowProjects - termProjects) / n)
                + term(c, (windowProjects - trendProjects) * (double) termProjects / n)
                + term(d, (windowProjects - trendProjects) * (double) (windowProjects - termProjects) / n));
    }

    private static double term(long observed, double expected) {
        return observed == 0 ? 0 : observed * Math.log(observed / expected);
    }
}
