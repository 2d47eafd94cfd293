package org.trendfinder.pipeline.input;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/**
 * DonorsChoose's school poverty bands, from the share of students eligible for free or reduced-price lunch:
 * highest poverty at 65 % or more, high 40-64 %, moderate 10-39 %, low under 10 %.
 */
public enum PovertyBands {
    HIGHEST("highest poverty", 65.0),
    HIGH("high poverty", 40.0),
    MODERATE("moderate poverty", 10.0),
    LOW("low poverty", 0.0);

    public static final String UNKNOWN = "unknown";

    private final String label;
    private final double lowerBound;

    PovertyBands(String label, double lowerBound) {
        this.label = label;
        this.lowerBound = lowerBound;
    }

    public String label() {
        return label;
    }

    /** The band's label for a free-lunch percentage (0..100); {@link #UNKNOWN} for null or out of range. */
    public static String of(Double freeLunchPct) {
        if (freeLunchPct == null || freeLunchPct.isNaN() || freeLunchPct > 100.0) {
            return UNKNOWN;
        }
        for (PovertyBands band : values()) {
            if (freeLunchPct >= band.lowerBound) {
                return band.label;
            }
        }
        return UNKNOWN;
    }

    /** The same bands as a column expression over a free-lunch percentage column. */
    public static Column of(Column freeLunchPct) {
        Column result = lit(UNKNOWN);
        PovertyBands[] bands = values();
        for (int i = bands.length - 1; i >= 0; i--) {
            result = when(freeLunchPct.geq(bands[i].lowerBound).and(freeLunchPct.leq(100.0)), lit(bands[i].label))
                    .otherwise(result);
        }
        return result;
    }
}
