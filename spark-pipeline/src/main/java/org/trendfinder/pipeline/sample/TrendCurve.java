package org.trendfinder.pipeline.sample;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A planted term's base share on every day of the history and the landmarks the truth file reports, drawn for
 * its {@link TrendShape}. Days are offsets from the history's first day.
 *
 * @param share           base share per day offset
 * @param from            first day with a share
 * @param to              last day with a share
 * @param peakFrom        first day of the peak
 * @param peakTo          last day of the peak
 * @param peak            the peak share
 * @param liveFrom        first day a detector should report the term (null: never)
 * @param liveTo          last such day
 * @param teacherProjects sorted project indices, SINGLE_TEACHER_DECOY only (else null)
 * @param teacherIndex    the decoy's teacher, SINGLE_TEACHER_DECOY only (else -1)
 */
record TrendCurve(double[] share, int from, int to, int peakFrom, int peakTo, double peak, Integer liveFrom,
                  Integer liveTo, long[] teacherProjects, int teacherIndex) {

    /** Draws the curve of {@code shape}; the random draws follow the shape's own order. */
    static TrendCurve draw(TrendShape shape, SplittableRandom rng, SampleSpec spec, VolumeModel volume,
                           Population population) {
        double[] share = new double[volume.days()];
        int last = volume.days() - 1;
        return switch (shape) {
            case SUDDEN -> sudden(share, last, rng);
            case GRADUAL -> gradual(share, last, rng);
            case SLOW_GROWER -> slowGrower(share, last, rng);
            case BACK_TO_SCHOOL_BURST -> backToSchoolBurst(share, last, volume.start(), rng);
            case ENDED_SPIKE -> endedSpike(share, last, rng);
            case SEASONAL_DECOY -> seasonalDecoy(share, last, volume.start(), spec.endDate(), rng);
            default -> singleTeacherDecoy(share, last, volume, population, rng);
        };
    }

    private static TrendCurve sudden(double[] share, int last, SplittableRandom rng) {
        int from = Math.max(0, last - 21 - rng.nextInt(15));
        int peakFrom = last - TrendPlan.RECENT_DAYS + 1;
        double peak = 0.05 + rng.nextDouble() * 0.03;
        for (int d = from; d <= last; d++) {
            share[d] = d >= peakFrom ? peak : peak * (d - from + 1) / (peakFrom - from + 1);
        }
        return new TrendCurve(share, from, last, peakFrom, last, peak, peakFrom, last, null, -1);
    }

    /**
     * Six to nine months of accelerating growth (cubic): the last two weeks stand clearly above the half year
     * before them, as a theme that is catching on does, while no single month jumps.
     */
    private static TrendCurve gradual(double[] share, int last, SplittableRandom rng) {
        int from = Math.max(0, last - 180 - rng.nextInt(90));
        int peakFrom = last - TrendPlan.RECENT_DAYS + 1;
        double peak = 0.06 + rng.nextDouble() * 0.02;
        Integer liveFrom = null;
        for (int d = from; d <= last; d++) {
            double x = (d - from + 1) / (double) (last - from + 1);
            share[d] = peak * x * x * x;
            if (liveFrom == null && share[d] >= peak / 2) {
                liveFrom = d;
            }
        }
        return new TrendCurve(share, from, last, peakFrom, last, peak, liveFrom, last, null, -1);
    }

    /**
     * 18 to 30 months of steady growth from a small share: a classroom practice spreading from school to
     * school. The last half year rises with it, so only a year-over-year view sees it.
     */
    private static TrendCurve slowGrower(double[] share, int last, SplittableRandom rng) {
        int from = Math.max(0, last - 548 - rng.nextInt(366));
        int peakFrom = last - TrendPlan.RECENT_DAYS + 1;
        double peak = 0.02 + rng.nextDouble() * 0.015;
        double initial = 0.001 + rng.nextDouble() * 0.002;
        Integer liveFrom = null;
        for (int d = from; d <= last; d++) {
            share[d] = initial + (peak - initial) * (d - from) / (double) (last - from);
            if (liveFrom == null && share[d] >= peak / 2) {
                liveFrom = d;
            }
        }
        return new TrendCurve(share, from, last, peakFrom, last, peak, liveFrom, last, null, -1);
    }

    /**
     * Starts in the late-August weeks of the latest school year that began at least five months before the end
     * date, when the whole platform's volume and vocabulary swing too.
     */
    private static TrendCurve backToSchoolBurst(double[] share, int last, LocalDate start, SplittableRandom rng) {
        LocalDate anchor = start.plusDays(last).minusDays(150);
        LocalDate august = LocalDate.of(anchor.getYear(), 8, 18);
        if (august.isAfter(anchor)) {
            august = august.minusYears(1);
        }
        int from = Math.max(0, (int) (august.toEpochDay() - start.toEpochDay()) + rng.nextInt(21));
        int peakFrom = Math.min(last, from + 13);
        double peak = 0.03 + rng.nextDouble() * 0.02;
        for (int d = from; d <= last; d++) {
            share[d] = d >= peakFrom ? peak : peak * (d - from + 1) / (peakFrom - from + 1);
        }
        return new TrendCurve(share, from, last, peakFrom, last, peak, peakFrom, last, null, -1);
    }

    private static TrendCurve endedSpike(double[] share, int last, SplittableRandom rng) {
        int from = Math.max(0, last - 200 - rng.nextInt(60));
        int peakFrom = from + 14;
        int peakTo = peakFrom + 20;
        int to = peakTo + 14;
        double peak = 0.05 + rng.nextDouble() * 0.02;
        for (int d = from; d <= to; d++) {
            share[d] = d < peakFrom ? peak * (d - from + 1) / 15.0
                    : d <= peakTo ? peak : peak * (to - d + 1) / 15.0;
        }
        return new TrendCurve(share, from, to, peakFrom, peakTo, peak, peakFrom, peakTo, null, -1);
    }

    /** High in the same weeks of every year ({@link TrendPlan#inSeason}), low otherwise: never reported. */
    private static TrendCurve seasonalDecoy(double[] share, int last, LocalDate start, LocalDate end,
                                            SplittableRandom rng) {
        double peak = 0.04 + rng.nextDouble() * 0.02;
        int firstWindow = -1;
        for (int d = 0; d <= last; d++) {
            boolean in = TrendPlan.inSeason(start.plusDays(d), end);
            share[d] = in ? peak : 0.001;
            if (in && firstWindow < 0) {
                firstWindow = d;
            }
        }
        return new TrendCurve(share, Math.max(0, firstWindow), last, last - TrendPlan.SEASON_BEFORE, last, peak,
                null, null, null, -1);
    }

    /** One veteran teacher reposting the term in recent projects: frequent, but no trend. */
    private static TrendCurve singleTeacherDecoy(double[] share, int last, VolumeModel volume, Population population,
                                                 SplittableRandom rng) {
        long recentFirst = volume.firstIndexOn(last - TrendPlan.RECENT_DAYS + 1);
        long recentCount = volume.projects() - recentFirst;
        int k = (int) Math.min(recentCount / 2, Math.max(12, Math.min(60, recentCount / 12)));
        Set<Long> chosen = new HashSet<>();
        while (chosen.size() < k) {
            chosen.add(recentFirst + rng.nextLong(recentCount));
        }
        long[] teacherProjects = chosen.stream().mapToLong(Long::longValue).sorted().toArray();
        int teacherIndex = veteranTeacher(rng, population, last - 60);
        // A history too small to have recent projects plants nothing for this decoy.
        int from = k == 0 ? last - TrendPlan.RECENT_DAYS + 1 : volume.dayOf(teacherProjects[0]);
        double peak = recentCount == 0 ? 0 : k / (double) recentCount;
        return new TrendCurve(share, from, last, from, last, peak, null, null, teacherProjects, teacherIndex);
    }

    private static int veteranTeacher(SplittableRandom rng, Population population, int joinedBefore) {
        List<Population.Teacher> teachers = population.teachers();
        int candidates = 0;
        while (candidates < teachers.size() && teachers.get(candidates).firstDay() <= joinedBefore) {
            candidates++;
        }
        return rng.nextInt(Math.max(1, candidates));
    }
}
