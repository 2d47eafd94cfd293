package org.trendfinder.dashboard.store;

import java.time.Instant;
import java.util.Optional;

/**
 * How the last look at the store went.
 *
 * @param location    the store, for display
 * @param lastSuccess when the run list was last read successfully (empty: never)
 * @param problem     why the last refresh failed; empty when it worked
 */
public record StoreStatus(String location, Optional<Instant> lastSuccess, Optional<String> problem) {

    public boolean reachable() {
        return problem.isEmpty();
    }
}
