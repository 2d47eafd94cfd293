package org.trendfinder.pipeline.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * One trend, one row. First each significant term that lies inside a bigger significant term (at least
 * {@link #FRAGMENT_SHARE} of its window projects) is a <b>fragment</b> of the tightest such term: a catalogue fragment
 * of a product, the product name with a frame word glued on ("hoping X"), a word of a phrase. The terms that
 * are no fragment are walked down, best score of their bundle first; each one
 * <ol>
 *   <li>joins a kept trend holding most of its projects (the same projects under another phrase);</li>
 *   <li>or is passed over with its fragments as a <b>ride-along word</b> when its rise disappears once the
 *       window projects of every trend kept so far (and of the other horizon's trends) are set aside: re-tested
 *       on the remaining projects against the same baseline, it no longer meets the horizon's p-value cutoff.
 *       The verbs of the sentences that introduce any requested item rise a little with every trend at once,
 *       so no single trend explains their rise, all of them together do;</li>
 *   <li>or joins a kept trend most of whose projects lie in its own (a broader word that also rose on its own:
 *       two rows may not share most of their projects);</li>
 *   <li>or starts a new trend, while fewer than {@code limit} are kept.</li>
 * </ol>
 * Bundling fragments first matters: a glued phrase can outrank its product (a smaller baseline), and set aside
 * as a trend of its own it would make the product look like a ride-along. Containment between trends is
 * measured against a trend's name ({@link TrendLabel}), so a catalogue phrase sold with two products cannot
 * chain them into one trend.
 */
final class TrendGrouping {

    /**
     * Share of a term's projects inside a bigger term that makes it a fragment of it. Fragments lie wholly inside
     * (a catalogue phrase appears only with its product), while a trend written in a recurring sentence lies in
     * that sentence's words only as often as teachers pick that sentence: well below this.
     */
    static final double FRAGMENT_SHARE = 0.8;

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
        List<List<Tested>> bundles = bundles(ranked, FRAGMENT_SHARE);
        List<Group> groups = new ArrayList<>();
        IdSet kept = new IdSet();
        int rideAlong = 0;
        int joined = 0;
        for (List<Tested> bundle : bundles) {
            Tested root = bundle.get(0);
            IdSet own = root.term().projectIds;
            Group container = first(groups, g -> own.intersectionSize(g.projects()) >= overlap * own.size());
            if (container == null) {
                IdSet setAside = setAside(own, kept, others, overlap);
                if (setAside.size() > 0 && !risesWithout(root, setAside, pCutoff)) {
                    rideAlong += bundle.size();
                    continue;
                }
                container = first(groups, g -> own.intersectionSize(g.projects()) >= overlap * g.projects().size());
            }
            if (container != null) {
                bundle.forEach(container::add);
                joined += bundle.size();
            } else if (groups.size() < limit) {
                Group group = new Group(root, itemField);
                bundle.subList(1, bundle.size()).forEach(group::add);
                joined += bundle.size() - 1;
                groups.add(group);
            } else {
                continue;
            }
            bundle.forEach(t -> kept.addAll(t.term().projectIds));
        }
        return new Result(List.copyOf(groups), rideAlong, joined);
    }

    /**
     * Each term that is no fragment, with its fragments (followed down chains: a word of a glued phrase of a
     * product is the product's); the root first, bundles ordered by their best-ranked term.
     */
    static List<List<Tested>> bundles(List<Tested> ranked, double fragmentShare) {
        int m = ranked.size();
        int[] parent = new int[m];
        for (int i = 0; i < m; i++) {
            parent[i] = -1;
            IdSet own = ranked.get(i).term().projectIds;
            double tightest = -1;
            for (int j = 0; j < m; j++) {
                IdSet other = ranked.get(j).term().projectIds;
                if (j == i || other.size() <= own.size()) {
                    continue;
                }
                int both = own.intersectionSize(other);
                double tightness = (double) both / other.size();
                if (both >= fragmentShare * own.size() && tightness > tightest) {
                    tightest = tightness;
                    parent[i] = j;
                }
            }
        }
        java.util.Map<Integer, List<Tested>> byRoot = new java.util.LinkedHashMap<>();
        for (int i = 0; i < m; i++) {
            int root = i;
            for (int steps = 0; parent[root] >= 0 && steps < m; steps++) {
                root = parent[root];   // sizes strictly grow along a chain, so it ends
            }
            byRoot.computeIfAbsent(root, r -> new ArrayList<>()).add(ranked.get(i));
        }
        List<List<Tested>> bundles = new ArrayList<>();
        byRoot.forEach((root, members) -> {
            List<Tested> bundle = new ArrayList<>();
            bundle.add(ranked.get(root));
            members.stream().filter(t -> t != ranked.get(root)).forEach(bundle::add);
            bundles.add(bundle);
        });
        return bundles;
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
