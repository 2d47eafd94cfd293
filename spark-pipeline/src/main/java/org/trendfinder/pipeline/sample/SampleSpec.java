package org.trendfinder.pipeline.sample;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate: how many project rows, the random seed, the last posted date and how many years of
 * history precede it.
 *
 * @param projects project rows to write (bad rows included), at least {@link #MIN_PROJECTS}
 * @param seed     the seed; the same spec always yields the same bytes
 * @param endDate  the last posted date; current planted trends peak in the 14 days up to it
 * @param years    years of history before {@code endDate}, 1 to 20
 */
public record SampleSpec(long projects, long seed, LocalDate endDate, int years) {
    public static final long MIN_PROJECTS = 500;
    public static final LocalDate DEFAULT_END_DATE = LocalDate.of(2018, 5, 1);
    public static final int DEFAULT_YEARS = 5;

    public SampleSpec {
        Objects.requireNonNull(endDate, "endDate");
        if (projects < MIN_PROJECTS) {
            throw new IllegalArgumentException("projects must be at least " + MIN_PROJECTS + ", got " + projects);
        }
        if (years < 1 || years > 20) {
            throw new IllegalArgumentException("years must be between 1 and 20, got " + years);
        }
    }

    public static SampleSpec of(long projects, long seed) {
        return new SampleSpec(projects, seed, DEFAULT_END_DATE, DEFAULT_YEARS);
    }

    /** The first posted date of the history. */
    public LocalDate startDate() {
        return endDate.minusYears(years).plusDays(1);
    }
}
