package org.trendfinder.pipeline.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * One trend, one row. Walking down a horizon's significant terms (best score first), each term either
 * <ol>
 *   <li>joins a trend already kept when most of its window projects lie in that trend's ({@code overlap}): a
 *       catalogue fragment of a product, the product name with a frame word glued on ("hoping X");</li>
 *   <li>or is passed over as a <b>ride-along word</b> when its rise disappears once the window projects of every
 *       trend kept so far (and of the other horizon's trends) are set aside: re-tested on the remaining projects
 *       against the same baseline, it no longer meets the horizon's p-value cutoff. The verbs of the sentences
 *       that introduce any requested item rise a little with every trend at once, so no single trend explains
 *       their rise, all of them together do;</li>
 *   <li>or joins a kept trend most of whose projects lie in its own (a broader word that rose on its own as well:
 *       two rows may not share most of their projects);</li>
 *   <li>or starts a new trend, while fewer than {@code limit} are kept.</li>
 * </ol>
 * Containment is measured against a trend's name ({@link TrendLabel}), not the union of its terms, so a
 * catalogue phrase sold with two products cannot chain them into one trend.
 */
final class TrendGrouping {

    private TrendGrouping() {
    }

    /** A trend's terms, best-ranked first, and the one that names it. */
    static final class Group {
        final List<Tested> members = new ArrayList<>();
        private final int itemField;
        private Tested label;

        Group(Tested first, int itemField) {
            this.itemField = itemField;
            members.add(first);
            label = first;
        }

        void add(Tested member) {
            members.add(member);
            label = TrendLabel.choose(members, itemField);
        }

        Tested label() {
            return label;
        }

        IdSet projects() {
            return label.term().projectIds;
        }
    }

    record Result(List<Group> groups, int rideAlong, int joined) {
    }

    /**
     * @param others the window projects of the other horizon's trends: set aside as well when re-testing a term
     *               that is none of them
     */
    static Result group(List<Tested> ranked, double pCutoff, double overlap, int limit, int itemField,
            List<IdSet> others) {
        List<Group> groups = new ArrayList<>();
        IdSet kept = new IdSet();
        int rideAlong = 0;
        int joined = 0;
        for (Tested t : ranked) {
            IdSet own = t.term().projectIds;
            Group container = first(groups, g -> own.intersectionSize(g.projects()) >= overlap * own.size());
            if (container != null) {
                container.add(t);
                kept.addAll(own);
                joined++;
                continue;
            }
            IdSet setAside = setAside(own, kept, others, overlap);
            if (setAside.size() > 0 && !risesWithout(t, setAside, pCutoff)) {
                rideAlong++;
                continue;
            }
            Group contained = first(groups, g -> own.intersectionSize(g.projects()) >= overlap * g.projects().size());
            if (contained != null) {
                contained.add(t);
                kept.addAll(own);
                joined++;
            } else if (groups.size() < limit) {
                groups.add(new Group(t, itemField));
                kept.addAll(own);
            }
        }
        return new Result(List.copyOf(groups), rideAlong, joined);
    }

    /** Kept trends' projects, plus those of the other horizon's trends that are not this term's own trend. */
    private static IdSet setAside(IdSet own, IdSet kept, List<IdSet> others, double overlap) {
        IdSet all = new IdSet();
        all.addAll(kept);
        for (IdSet other : others) {
            int both = own.intersectionSize(other);
            if (both < overlap * own.size() && both < overlap * other.size()) {
                all.addAll(other);
            }
        }
        return all;
    }

    /** The term's rise re-tested on the window projects outside the given ones. */
    static boolean risesWithout(Tested t, IdSet setAside, double pCutoff) {
        long inside = t.term().projectIds.intersectionSize(setAside);
        long x = t.x() - inside;
        long n = t.n() - setAside.size();
        if (x <= 0 || n <= 0 || (double) x / n <= t.baselineShare()) {
            return false;
        }
        return RiseStatistic.risePValue(x, n, t.x0(), t.n0()) <= pCutoff;
    }

    private static Group first(List<Group> groups, Predicate<Group> test) {
        return groups.stream().filter(test).findFirst().orElse(null);
    }
}
