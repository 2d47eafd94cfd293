package org.trendfinder.pipeline.detect;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Is a term's share rising across consecutive periods? A binomial GLM (logistic regression of the term's
 * projects k_i of n_i on the period number i) tested with the signed root of the likelihood ratio against a
 * constant share: one-sided p = P(Z &ge; sign(b) sqrt(2 (l1 - l0))).
 *
 * <p>Chosen over Mann-Kendall on the monthly shares because it weighs each period by its projects: a slow
 * grower has a handful of projects a month, where rank tests on noisy shares lose most of their power. The
 * likelihood ratio (not Wald's z) stays valid when a term was absent early on and the fitted slope runs off to
 * infinity (separation), the usual case for a new practice.
 */
final class SlopeTest {

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);
    private static final int MAX_ITERATIONS = 50;

    private SlopeTest() {
    }

    /**
     * @param k projects with the term per period, oldest first
     * @param n projects per period
     * @return the one-sided p-value of a rising share; 1 when there is nothing to fit
     */
    static double risingPValue(long[] k, long[] n) {
        long sumK = 0;
        long sumN = 0;
        for (int i = 0; i < k.length; i++) {
            sumK += k[i];
            sumN += n[i];
        }
        if (sumK == 0 || sumK == sumN || k.length < 2) {
            return 1.0;
        }
        double p0 = (double) sumK / sumN;
        double nullLogLikelihood = sumK * Math.log(p0) + (sumN - sumK) * Math.log1p(-p0);
        double[] fit = fit(k, n, Math.log(p0 / (1 - p0)));
        double lr = Math.max(0.0, 2 * (logLikelihood(k, n, fit[0], fit[1]) - nullLogLikelihood));
        double z = Math.signum(fit[1]) * Math.sqrt(lr);
        return 1.0 - NORMAL.cumulativeProbability(z);
    }

    /** Newton-Raphson with step halving; returns {intercept, slope} at the (possibly unbounded) optimum's edge. */
    static double[] fit(long[] k, long[] n, double startIntercept) {
        double a = startIntercept;
        double b = 0;
        double current = logLikelihood(k, n, a, b);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double ga = 0;
            double gb = 0;
            double haa = 0;
            double hab = 0;
            double hbb = 0;
            for (int i = 0; i < k.length; i++) {
                double p = logistic(a + b * i);
                double residual = k[i] - n[i] * p;
                double w = n[i] * p * (1 - p);
                ga += residual;
                gb += residual * i;
                haa += w;
                hab += w * i;
                hbb += w * i * i;
            }
            double det = haa * hbb - hab * hab;
            if (!(det > 1e-12)) {
                break;
            }
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            double step = 1.0;
            double next = Double.NEGATIVE_INFINITY;
            while (step > 1e-6) {
                next = logLikelihood(k, n, a + step * da, b + step * db);
                if (next >= current) {
                    break;
                }
                step /= 2;
            }
            if (next < current) {
                break;
            }
            a += step * da;
            b += step * db;
            boolean converged = next - current < 1e-10;
            current = next;
            if (converged) {
                break;
            }
        }
        return new double[] {a, b};
    }

    static double logLikelihood(long[] k, long[] n, double a, double b) {
        double sum = 0;
        for (int i = 0; i < k.length; i++) {
            double eta = a + b * i;
            // log p = -log(1 + e^-eta), log(1 - p) = -log(1 + e^eta), computed without overflow
            sum += -k[i] * softplus(-eta) - (n[i] - k[i]) * softplus(eta);
        }
        return sum;
    }

    private static double softplus(double x) {
        return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
    }

    private static double logistic(double eta) {
        return eta >= 0 ? 1 / (1 + Math.exp(-eta)) : Math.exp(eta) / (1 + Math.exp(eta));
    }
}
