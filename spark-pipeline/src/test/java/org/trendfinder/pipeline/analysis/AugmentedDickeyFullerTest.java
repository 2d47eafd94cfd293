package org.trendfinder.pipeline.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;

class AugmentedDickeyFullerTest {

    @Test
    void criticalValuesFollowMacKinnon2010() {
        // -2.86154 - 2.8903/100 - 4.234/100² - 40.040/100³
        assertThat(AugmentedDickeyFuller.critical("5%", 100)).isCloseTo(-2.89090644, within(1e-8));
        assertThat(AugmentedDickeyFuller.critical("1%", 100)).isCloseTo(-3.43035 - 0.065393 - 0.0016786 - 0.000079433,
                within(1e-9));
    }

    @Test
    void withoutLagsTheStatisticIsTheSlopesTRatioOfASimpleRegression() {
        double[] y = {3, 5, 4, 6, 2, 5, 3, 4, 6, 3, 5, 2};
        // Δy_k = a + g·y_{k-1}: closed-form simple regression on the 11 pairs
        int m = y.length - 1;
        double mx = 0;
        double md = 0;
        for (int k = 0; k < m; k++) {
            mx += y[k] / m;
            md += (y[k + 1] - y[k]) / m;
        }
        double sxx = 0;
        double sxd = 0;
        for (int k = 0; k < m; k++) {
            sxx += (y[k] - mx) * (y[k] - mx);
            sxd += (y[k] - mx) * (y[k + 1] - y[k] - md);
        }
        double g = sxd / sxx;
        double a = md - g * mx;
        double rss = 0;
        for (int k = 0; k < m; k++) {
            double e = y[k + 1] - y[k] - a - g * y[k];
            rss += e * e;
        }
        double t = g / Math.sqrt(rss / (m - 2) / sxx);
        assertThat(AugmentedDickeyFuller.statistic(y, 0)).isCloseTo(t, within(1e-9));
    }

    @Test
    void whiteNoiseIsStationaryAndARandomWalkIsNot() {
        Random random = new Random(11);
        double[] noise = new double[120];
        double[] walk = new double[120];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = random.nextGaussian();
            walk[i] = (i == 0 ? 0 : walk[i - 1]) + random.nextGaussian();
        }
        AugmentedDickeyFuller.Result stationary = AugmentedDickeyFuller.test(noise);
        assertThat(stationary.stationary()).isTrue();
        assertThat(stationary.statistic()).isLessThan(stationary.critical5());
        assertThat(AugmentedDickeyFuller.test(walk).stationary()).isFalse();
    }

    @Test
    void aStraightLineLeavesNothingToTest() {
        double[] line = new double[20];
        for (int i = 0; i < line.length; i++) {
            line[i] = 2 * i;
        }
        assertThat(AugmentedDickeyFuller.test(line).stationary()).isFalse();
    }
}
