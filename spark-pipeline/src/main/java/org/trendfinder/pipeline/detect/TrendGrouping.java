package org.trendfinder.pipeline.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * One trend, one row. Walking down a horizon's significant terms (best score first), each term either
 * <ol>
 *   <li>joins a trend already kept when most of its window projects lie in that trend's ({@code overlap}): a
 *       catalogue fragment of a product, the product name with a frame word glued on ("requesting X");</li>
 *   <li>or is passed over as a <b>ride-along word</b> when its rise disappears once the window projects of every
 *       trend kept so far are set aside: re-tested on the remaining projects against the same baseline, it no
 *       longer meets the horizon's p-value cutoff. The verbs of the sentences that introduce any requested
 *       item rise a little with every trend at once, so no single trend explains their rise, all of them
 *       together do;</li>
 *   <li>or joins a kept trend most of whose projects lie in its own (a broader word that rose on its own as well:
 *       two rows may not share most of their projects);</li>
 *   <li>or starts a new trend, while fewer than {@code limit} are kept.</li>
 * </ol>
 * Containment is measured against a trend's first (best-ranked) term only, not the union of its members, so a
 * catalogue phrase shared by two products cannot chain them into one trend.
 */
final class TrendGrouping {

    private TrendGrouping() {
    }

    /** A trend's terms, best-ranked first. */
    static final class Group {
        final List<Tested> members = new ArrayList<>();

        Group(Tested anchor) {
            members.add(anchor);
        }

        Tested anchor() {
            return members.get(0);
        }

        IdSet projects() {
            return anchor().term().projectIds;
        }
    }

    record Result(List<Group> groups, int rideAlong, int joined) {
    }

    static Result group(List<Tested> ranked, double pCutoff, double overlap, int limit) {
        List<Group> groups = new ArrayList<>();
        IdSet kept = new IdSet();
        int rideAlong = 0;
        int joined = 0;
        for (Tested t : ranked) {
            IdSet own = t.term().projectIds;
            Group container = first(groups, g -> own.intersectionSize(g.projects()) >= overlap * own.size());
            if (container != null) {
                container.members.add(t);
                joined++;
                continue;
            }
            if (!groups.isEmpty() && !risesWithout(t, kept, pCutoff)) {
                rideAlong++;
                continue;
            }
            Group contained = first(groups, g -> own.intersectionSize(g.projects()) >= overlap * g.projects().size());
            if (contained != null) {
                contained.members.add(t);
                joined++;
            } else if (groups.size() < limit) {
                groups.add(new Group(t));
                kept.addAll(own);
            }
        }
        return new Result(List.copyOf(groups), rideAlong, joined);
    }

    /** The term's rise re-tested on the window projects outside every kept trend. */
    static boolean risesWithout(Tested t, IdSet keptProjects, double pCutoff) {
        long inside = t.term().projectIds.intersectionSize(keptProjects);
        long x = t.x() - inside;
        long n = t.n() - keptProjects.size();
        if (x <= 0 || n <= 0 || (double) x / n <= t.baselineShare()) {
            return false;
        }
        return RiseStatistic.risePValue(x, n, t.x0(), t.n0()) <= pCutoff;
    }

    private static Group first(List<Group> groups, java.util.function.Predicate<Group> test) {
        return groups.stream().filter(test).findFirst().orElse(null);
    }
}
