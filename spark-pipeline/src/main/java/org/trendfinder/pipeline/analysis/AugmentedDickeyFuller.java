package org.trendfinder.pipeline.analysis;

import java.util.Map;

import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * The Augmented Dickey-Fuller unit-root test with a constant (no trend), lag order chosen by AIC, as
 * statsmodels' {@code adfuller(x, regression="c", autolag="AIC")} computes it (the 2018 tool's test):
 * <pre>  Δy_t = α + γ·y_{t-1} + Σ_{i=1..p} β_i·Δy_{t-i} + ε_t,   statistic = γ̂ / se(γ̂)</pre>
 * p runs from 0 to the Schwert bound ⌈12·(n/100)^{1/4}⌉ (capped at n/2 − 2); every candidate is fitted by OLS on
 * the same observations and the lowest AIC = nobs·ln(RSS/nobs) + 2k wins; the chosen order is then refitted on
 * all the observations it allows. The series is called stationary when the statistic is below the 5 % critical
 * value of MacKinnon (2010), "Critical Values for Cointegration Tests", Queen's Economics Department Working
 * Paper 1227, table 2 (N = 1, constant): c(T) = τ∞ + β1/T + β2/T² + β3/T³ with T the regression's observations.
 * (The 2018 tool also required statsmodels' MacKinnon (1994) p-value below 0.05; at the 5 % level that is the
 * same decision up to the two approximations, so only the critical value is used.)
 */
final class AugmentedDickeyFuller {

    /** MacKinnon (2010) table 2, N = 1, constant, no trend: τ∞, β1, β2, β3. */
    private static final Map<String, double[]> CRITICAL = Map.of(
            "1%", new double[] {-3.43035, -6.5393, -16.786, -79.433},
            "5%", new double[] {-2.86154, -2.8903, -4.234, -40.040},
            "10%", new double[] {-2.56677, -1.5384, -2.809, 0.0});

    /** The test's outcome; {@code stationary} means the unit root is rejected at 5 %. */
    record Result(double statistic, int lags, int observations, double critical5, boolean stationary) {
        Map<String, Object> asMap() {
            // Ordered: it is written into kwargs.json, which must be the same bytes in every JVM.
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("test", "ADF (constant, AIC lags), MacKinnon 2010 5% critical value");
            m.put("statistic", statistic);
            m.put("lags", lags);
            m.put("observations", observations);
            m.put("critical_value_5pct", critical5);
            m.put("stationary", stationary);
            return m;
        }
    }

    private AugmentedDickeyFuller() {
    }

    /** Fewest points the test accepts: the constant, the level and one lag need a few degrees of freedom. */
    static final int MIN_LENGTH = 8;

    static Result test(double[] y) {
        int n = y.length;
        if (n < MIN_LENGTH) {
            throw new IllegalArgumentException("ADF needs at least " + MIN_LENGTH + " points, got " + n);
        }
        double[] d = new double[n - 1];
        for (int k = 0; k < n - 1; k++) {
            d[k] = y[k + 1] - y[k];
        }
        int maxLag = (int) Math.ceil(12.0 * Math.pow(n / 100.0, 0.25));
        maxLag = Math.max(0, Math.min(maxLag, n / 2 - 2));

        int bestLag = 0;
        double bestAic = Double.POSITIVE_INFINITY;
        for (int p = 0; p <= maxLag; p++) {
            Fit fit = fit(y, d, p, maxLag);
            if (fit != null && fit.aic < bestAic) {
                bestAic = fit.aic;
                bestLag = p;
            }
        }
        Fit fit = fit(y, d, bestLag, bestLag);
        if (fit == null) {
            // A perfectly flat or perfectly linear series leaves nothing to test: treat as non-stationary.
            return new Result(Double.NaN, bestLag, d.length - bestLag, Double.NaN, false);
        }
        double critical = critical("5%", fit.observations);
        return new Result(fit.statistic, bestLag, fit.observations, critical, fit.statistic < critical);
    }

    /** The test statistic with a fixed number of lagged differences, fitted on all the rows that lag allows. */
    static double statistic(double[] y, int lags) {
        double[] d = new double[y.length - 1];
        for (int k = 0; k < d.length; k++) {
            d[k] = y[k + 1] - y[k];
        }
        Fit fit = fit(y, d, lags, lags);
        return fit == null ? Double.NaN : fit.statistic;
    }

    /** The critical value at {@code level} ("1%", "5%", "10%") for a regression on {@code t} observations. */
    static double critical(String level, int t) {
        double[] b = CRITICAL.get(level);
        return b[0] + b[1] / t + b[2] / ((double) t * t) + b[3] / ((double) t * t * t);
    }

    private record Fit(double statistic, double aic, int observations) {
    }

    /** Regression with {@code p} lagged differences on rows k = start..n-2 (response d[k]). */
    private static Fit fit(double[] y, double[] d, int p, int start) {
        int rows = d.length - start;
        int regressors = 1 + p;
        if (rows <= regressors + 1) {
            return null;
        }
        double[] response = new double[rows];
        double[][] x = new double[rows][regressors];
        for (int r = 0; r < rows; r++) {
            int k = start + r;
            response[r] = d[k];
            x[r][0] = y[k];
            for (int i = 1; i <= p; i++) {
                x[r][i] = d[k - i];
            }
        }
        try {
            OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
            ols.newSampleData(response, x); // with an intercept: parameter 0 is α, 1 is γ
            double[] beta = ols.estimateRegressionParameters();
            double[] se = ols.estimateRegressionParametersStandardErrors();
            double rss = ols.calculateResidualSumOfSquares();
            if (!(se[1] > 0) || !(rss > 0)) {
                return null;
            }
            int k = regressors + 1;
            double aic = rows * Math.log(rss / rows) + 2.0 * k;
            return new Fit(beta[1] / se[1], aic, rows);
        } catch (org.apache.commons.math3.linear.SingularMatrixException e) {
            return null;
        }
    }
}
