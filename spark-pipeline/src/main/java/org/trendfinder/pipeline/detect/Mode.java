package org.trendfinder.pipeline.detect;

/** Which trend statistic a run computes. */
public enum Mode {
    /** Count-aware rise test against trailing and seasonal baselines, with false-discovery control. */
    DEFAULT,
    /** The 2018 TrendFinder statistic: share outside mean ± 2 sd of 50 history groups. */
    CLASSIC
}
