package org.trendfinder.store;

import java.time.LocalDate;

/**
 * The dashboard's page addresses, relative to its root. The dashboard's {@code @Route} values are these templates
 * and the pipeline's run summary mail links to the paths built here, so a route renamed in one place cannot leave
 * the mail's links pointing at a page that no longer exists.
 */
public final class DashboardRoutes {

    /** Route parameter: a run date, {@code yyyy-MM-dd}. */
    public static final String DATE = "date";
    /** Route parameter: a trend's {@link Slug}. */
    public static final String SLUG = "slug";

    /** The start page: forwards to the newest run. */
    public static final String LATEST = "";
    /** Every published run. */
    public static final String RUNS = "runs";
    /** One run's ranked trends (the top trend shown). */
    public static final String RUN = RUNS + "/:" + DATE;
    /** One run's ranked trends with one trend's analyses. */
    public static final String TREND = RUN + "/trends/:" + SLUG;
    /** What a run read and did (its manifest). */
    public static final String RUN_INFO = RUN + "/info";
    /** What changed since the run before. */
    public static final String RUN_CHANGES = RUN + "/changes";
    /** Search over every run's trends. */
    public static final String SEARCH = "search";

    private DashboardRoutes() {
    }

    /** The path of one trend in one run, e.g. {@code runs/2018-03-14/trends/flexible-seating}. */
    public static String trend(LocalDate runDate, String slug) {
        if (!Slug.isValid(slug)) {
            throw new IllegalArgumentException("not a slug: '" + slug + "'");
        }
        return fill(TREND, runDate).replace(":" + SLUG, slug);
    }

    /** The path of a run's details, e.g. {@code runs/2018-03-14/info}. */
    public static String runInfo(LocalDate runDate) {
        return fill(RUN_INFO, runDate);
    }

    private static String fill(String template, LocalDate runDate) {
        return template.replace(":" + DATE, runDate.toString());
    }
}
