package org.trendfinder.pipeline.detect;

import java.util.Arrays;
import java.util.Comparator;

/** Benjamini-Hochberg adjusted p-values (q-values): reject every test with q <= the chosen false-discovery rate. */
final class BenjaminiHochberg {

    private BenjaminiHochberg() {
    }

    static double[] adjust(double[] pValues) {
        int m = pValues.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
        double[] q = new double[m];
        double running = 1.0;
        for (int rank = m; rank >= 1; rank--) {
            int i = order[rank - 1];
            running = Math.min(running, pValues[i] * m / rank);
            q[i] = Math.min(1.0, running);
        }
        return q;
    }
}
