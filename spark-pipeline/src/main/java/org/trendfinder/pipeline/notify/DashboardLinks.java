package org.trendfinder.pipeline.notify;

import java.time.LocalDate;
import java.util.Optional;

import org.trendfinder.store.DashboardRoutes;
import org.trendfinder.store.Slug;

/** The dashboard pages a summary links to; none when no dashboard URL is configured. */
record DashboardLinks(String baseUrl) {

    Optional<String> trend(LocalDate runDate, String slug) {
        // The slug comes from a CSV file: only a well-formed slug may become a path segment.
        if (baseUrl == null || !Slug.isValid(slug)) {
            return Optional.empty();
        }
        return Optional.of(baseUrl + "/" + DashboardRoutes.trend(runDate, slug));
    }

    Optional<String> runInfo(LocalDate runDate) {
        return Optional.ofNullable(baseUrl).map(base -> base + "/" + DashboardRoutes.runInfo(runDate));
    }
}
