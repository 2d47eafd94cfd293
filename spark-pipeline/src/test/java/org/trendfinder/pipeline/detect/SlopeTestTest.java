package org.trendfinder.pipeline.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SlopeTestTest {

    private static final long[] N = {1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000};

    @Test
    void aFlatShareIsNoRise() {
        assertThat(SlopeTest.risingPValue(new long[] {10, 10, 10, 10, 10, 10, 10, 10}, N)).isCloseTo(0.5, within(1e-6));
    }

    @Test
    void aSteadyRiseFromAFewProjectsIsSignificant() {
        // 2, 3, 4, ... 9 of 1000: a handful a month, growing (p = 0.0026)
        assertThat(SlopeTest.risingPValue(new long[] {2, 3, 4, 5, 6, 7, 8, 9}, N)).isLessThan(0.005);
    }

    @Test
    void aFallIsNoRise() {
        assertThat(SlopeTest.risingPValue(new long[] {9, 8, 7, 6, 5, 4, 3, 2}, N)).isGreaterThan(0.995);
    }

    @Test
    void aTermAbsentAtFirstIsTestedByTheLikelihoodRatioEvenWhenTheSlopeIsUnbounded() {
        // 0 0 0 0 then 5 a month: separation, the fitted slope runs off; the likelihood ratio stays finite
        double p = SlopeTest.risingPValue(new long[] {0, 0, 0, 0, 5, 5, 5, 5}, N);
        assertThat(p).isGreaterThan(0).isLessThan(1e-4);
    }

    @Test
    void matchesTheLikelihoodRatioWorkedByHand() {
        // Two periods, 10 of 100 then 20 of 100. Saturated fit: l1 = 10 ln .1 + 90 ln .9 + 20 ln .2 + 80 ln .8;
        // null p = .15: l0 = 30 ln .15 + 170 ln .85. LR = 2 (l1 - l0) = 3.986; z = 1.9965; p = 0.0229
        double p = SlopeTest.risingPValue(new long[] {10, 20}, new long[] {100, 100});
        double l1 = 10 * Math.log(.1) + 90 * Math.log(.9) + 20 * Math.log(.2) + 80 * Math.log(.8);
        double l0 = 30 * Math.log(.15) + 170 * Math.log(.85);
        double z = Math.sqrt(2 * (l1 - l0));
        assertThat(p).isCloseTo(1 - new org.apache.commons.math3.distribution.NormalDistribution().cumulativeProbability(z),
                within(1e-9));
        assertThat(p).isCloseTo(0.0229, within(0.0005));
    }

    @Test
    void nothingToFitGivesOne() {
        assertThat(SlopeTest.risingPValue(new long[] {0, 0, 0}, new long[] {10, 10, 10})).isEqualTo(1.0);
    }
}
