package org.trendfinder.pipeline.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Grouping, ride-along words and labels on hand-built window terms (ids p0, p1, ...; window of 1000 projects). */
class TrendGroupingTest {

    /** A term in projects [from, to) of a 1000-project window, x0 of 10000 in its baseline. */
    private static Tested tested(String key, int from, int to, long x0) {
        return tested(key, from, to, x0, new long[0]);
    }

    private static Tested tested(String key, int from, int to, long x0, long[] fieldProjects) {
        WindowTerm term = new WindowTerm();
        for (int i = from; i < to; i++) {
            term.add(key, "t" + i, "s" + i);
            term.inProject("p" + i);
        }
        term.fieldProjects = fieldProjects;
        long x = to - from;
        return new Tested(key, term, x, 1000, x0, 10000, "trailing", RiseStatistic.risePValue(x, 1000, x0, 10000),
                RiseStatistic.logLiftLowerBound(x, 1000, x0, 10000));
    }

    @Test
    void aCatalogueFragmentInsideATrendsProjectsJoinsIt() {
        Tested product = tested("terrarium", 0, 100, 10);
        Tested fragment = tested("starter set 4", 0, 60, 0);   // only in the product's item names
        TrendGrouping.Result result = TrendGrouping.group(List.of(product, fragment), 1e-3, 0.5, 25, -1, List.of());
        assertThat(result.groups()).hasSize(1);
        assertThat(result.groups().get(0).members).extracting(Tested::key).containsExactly("terrarium", "starter set 4");
        assertThat(result.joined()).isEqualTo(1);
    }

    @Test
    void aWordThatRisesOnlyWithEveryTrendTogetherRidesAlong() {
        // Two trends, each 100 projects; a frame word is in 120 projects of its 1000-project baseline (12 %) and in
        // half of each trend's projects plus 100 others: 200 of 1000 now (20 %), a clear rise overall. No single
        // trend holds most of it (50 of 200), so only setting both aside shows that nothing is left.
        Tested a = tested("beehive", 0, 100, 10);
        Tested b = tested("kiln", 100, 200, 10);
        WindowTerm frame = new WindowTerm();
        for (int i = 0; i < 200; i++) {
            int id = i < 50 ? i : i < 100 ? 100 + (i - 50) : 200 + (i - 100) * 7;
            frame.add("seen", "t" + i, "s" + i);
            frame.inProject("p" + id);
        }
        Tested seen = new Tested("seen", frame, 200, 1000, 1200, 10000, "trailing",
                RiseStatistic.risePValue(200, 1000, 1200, 10000), 0.1);
        assertThat(seen.pValue()).isLessThan(1e-6);
        double cutoff = 1e-3;
        assertThat(TrendGrouping.risesWithout(seen, a.term().projectIds, cutoff)).as("without one trend").isTrue();

        TrendGrouping.Result result = TrendGrouping.group(List.of(a, b, seen), cutoff, 0.5, 25, -1, List.of());
        assertThat(result.groups()).extracting(g -> g.label().key()).containsExactly("beehive", "kiln");
        assertThat(result.rideAlong()).isEqualTo(1);
    }

    @Test
    void theOtherHorizonsTrendsAreSetAsideToo() {
        // a frame word in 40 % of each trend's projects and 120 others, with "kiln" a trend of the other horizon:
        // it is set aside although this horizon kept only "beehive"
        Tested a = tested("beehive", 0, 100, 10);
        IdSet kiln = tested("kiln", 100, 200, 10).term().projectIds;
        WindowTerm frame = new WindowTerm();
        for (int i = 0; i < 200; i++) {
            frame.add("seen", "t" + i, "s" + i);
            frame.inProject("p" + (i < 40 ? i : i < 80 ? 100 + (i - 40) : 200 + (i - 80) * 6));
        }
        Tested seen = new Tested("seen", frame, 200, 1000, 1200, 10000, "trailing",
                RiseStatistic.risePValue(200, 1000, 1200, 10000), 0.1);
        assertThat(TrendGrouping.group(List.of(a, seen), 1e-3, 0.5, 25, -1, List.of()).groups()).hasSize(2);
        TrendGrouping.Result result = TrendGrouping.group(List.of(a, seen), 1e-3, 0.5, 25, -1, List.of(kiln));
        assertThat(result.groups()).extracting(g -> g.label().key()).containsExactly("beehive");
        assertThat(result.rideAlong()).isEqualTo(1);
        // a term of the other horizon's trend itself is not set aside against it
        Tested kilnHere = tested("kiln", 100, 200, 10);
        assertThat(TrendGrouping.group(List.of(a, kilnHere), 1e-3, 0.5, 25, -1, List.of(kiln)).groups()).hasSize(2);
    }

    @Test
    void aFragmentJoinsTheTrendItNamesEvenWhenItRanksFirst() {
        int items = 0;
        Tested fragment = tested("terrarium starter set", 0, 60, 0, new long[] {60, 0, 0});
        Tested product = tested("terrarium", 0, 100, 10, new long[] {60, 40, 100});
        Tested framed = tested("hoping terrarium", 40, 75, 0, new long[] {0, 0, 35});   // 35 % of it in the fragment
        TrendGrouping.Result result = TrendGrouping.group(List.of(fragment, product, framed), 1e-3, 0.5, 25, items,
                List.of());
        assertThat(result.groups()).singleElement().satisfies(g -> {
            assertThat(g.label().key()).isEqualTo("terrarium");
            assertThat(g.members).hasSize(3);
        });
    }

    @Test
    void independentTrendsSharingSomeProjectsStayApart() {
        Tested a = tested("beehive", 0, 100, 10);
        Tested b = tested("drone", 80, 180, 10);   // 20 % of each in the other
        TrendGrouping.Result result = TrendGrouping.group(List.of(a, b), 1e-3, 0.5, 25, -1, List.of());
        assertThat(result.groups()).hasSize(2);
    }

    @Test
    void aBroaderWordThatHoldsATrendAndRoseOnItsOwnJoinsItRatherThanSharingItsProjects() {
        Tested phrase = tested("flexible seat", 0, 100, 5);
        Tested word = tested("seat", 0, 300, 1000);   // rose well beyond the phrase (200 more of 1000, 10 % before)
        TrendGrouping.Result result = TrendGrouping.group(List.of(phrase, word), 1e-3, 0.5, 25, -1, List.of());
        assertThat(result.groups()).hasSize(1);
        assertThat(result.groups().get(0).members).extracting(Tested::key).containsExactlyInAnyOrder("flexible seat", "seat");
    }

    @Test
    void theLimitCountsTrendsNotTheirTerms() {
        Tested a = tested("beehive", 0, 100, 10);
        Tested fragment = tested("beehive kit", 0, 50, 0);
        Tested b = tested("kiln", 300, 400, 10);
        assertThat(TrendGrouping.group(List.of(a, fragment, b), 1e-3, 0.5, 1, -1, List.of()).groups())
                .singleElement().satisfies(g -> assertThat(g.members).hasSize(2));
    }

    @Test
    void aTrendIsNamedByThePhraseTeachersWriteNotItsCatalogueFragment() {
        int items = 0;   // field order: resources, title, essay
        Tested product = tested("terrarium", 0, 100, 10, new long[] {60, 40, 100});
        Tested fragment = tested("terrarium starter set", 0, 60, 0, new long[] {60, 0, 0});
        assertThat(TrendLabel.choose(List.of(fragment, product), items).key()).isEqualTo("terrarium");
        // without the item field analyzed, the rule is the excess alone
        assertThat(TrendLabel.choose(List.of(fragment, product), -1).key()).isEqualTo("terrarium");
    }

    @Test
    void aLongerVariantNamesTheTrendWhenItCarriesNearlyAllOfItsExcess() {
        Tested wobble = tested("wobble", 0, 100, 0, new long[] {0, 0, 100});
        Tested chair = tested("wobble chair", 0, 95, 0, new long[] {0, 0, 95});
        assertThat(TrendLabel.choose(List.of(wobble, chair), 0).key()).isEqualTo("wobble chair");

        Tested seat = tested("seat", 0, 300, 1000, new long[] {0, 0, 300});
        Tested flexible = tested("flexible seat", 0, 100, 5, new long[] {0, 0, 100});
        assertThat(TrendLabel.choose(List.of(flexible, seat), 0).key()).as("seating rose well beyond it")
                .isEqualTo("seat");
    }
}
