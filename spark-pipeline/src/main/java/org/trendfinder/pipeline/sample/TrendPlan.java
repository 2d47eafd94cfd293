package org.trendfinder.pipeline.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The planted terms of one sample: which words (drawn from the pool with the seed), their shapes over time
 * ({@link TrendCurve}) and skews ({@link Skews}), and, through each {@link PlantedSignal}, the probability that a
 * given project carries each of them.
 */
final class TrendPlan {
    static final String[] GRADES = {"Grades PreK-2", "Grades 3-5", "Grades 6-8", "Grades 9-12"};
    static final int RECENT_DAYS = 14;
    static final int SEASON_BEFORE = 24;
    static final int SEASON_AFTER = 10;

    private final List<PlantedSignal> signals;

    private TrendPlan(List<PlantedSignal> signals) {
        this.signals = signals;
    }

    List<PlantedSignal> signals() {
        return signals;
    }

    static TrendPlan plan(SplittableRandom rng, SampleSpec spec, VolumeModel volume, Population population) {
        TermPool pool = new TermPool(rng);
        LocalDate start = volume.start();
        List<PlantedSignal> signals = new ArrayList<>();
        record Slot(TrendShape shape, int words) {
        }
        List<Slot> slots = List.of(
                new Slot(TrendShape.SUDDEN, 1), new Slot(TrendShape.SUDDEN, 2), new Slot(TrendShape.SUDDEN, 3),
                new Slot(TrendShape.GRADUAL, 1), new Slot(TrendShape.GRADUAL, 2),
                new Slot(TrendShape.ENDED_SPIKE, 1),
                new Slot(TrendShape.SEASONAL_DECOY, 1), new Slot(TrendShape.SEASONAL_DECOY, 2),
                new Slot(TrendShape.SINGLE_TEACHER_DECOY, 2),
                new Slot(TrendShape.SLOW_GROWER, 1), new Slot(TrendShape.SLOW_GROWER, 2),
                new Slot(TrendShape.BACK_TO_SCHOOL_BURST, 1));
        List<String> productLines = new ArrayList<>(ResourceCatalog.PRODUCT_LINES);
        for (Slot slot : slots) {
            String[] forms = pool.take(slot.words());
            TrendCurve c = TrendCurve.draw(slot.shape(), rng, spec, volume, population);
            PlantedTerm.GeoSkew geo = Skews.geoSkew(rng);
            PlantedTerm.DemographicSkew demo = Skews.demographicSkew(rng);
            String teacherId = c.teacherIndex() >= 0 ? population.teachers().get(c.teacherIndex()).id() : null;
            if (c.teacherIndex() >= 0) {
                // The decoy's projects all come from one school: its geography is that school's.
                Population.School s = population.schoolOf(c.teacherIndex());
                geo = new PlantedTerm.GeoSkew(s.county().state(), s.county().stateCode(), s.county().county(), 1, 1);
            }
            PlantedTerm truth = new PlantedTerm(forms[0], List.of(forms), slot.words(), slot.shape(),
                    slot.shape().reportedAtEnd(), iso(start, c.from()), iso(start, c.to()), iso(start, c.peakFrom()),
                    iso(start, c.peakTo()), round4(c.peak()), geo, demo, teacherId,
                    c.liveFrom() == null ? null : iso(start, c.liveFrom()),
                    c.liveTo() == null ? null : iso(start, c.liveTo()),
                    productLines.remove(rng.nextInt(productLines.size())), 0);
            PlantedSignal signal = new PlantedSignal(truth, forms, c.share(), c.teacherProjects(), c.teacherIndex());
            signal.normalize(population);
            signals.add(signal);
        }
        return new TrendPlan(List.copyOf(signals));
    }

    /** True in the weeks around the end date's day of the year, in every year. */
    static boolean inSeason(LocalDate day, LocalDate end) {
        for (int y = day.getYear() - 1; y <= day.getYear() + 1; y++) {
            LocalDate anchor = end.withYear(y); // Feb 29 clamps to Feb 28
            long diff = day.toEpochDay() - anchor.toEpochDay();
            if (diff >= -SEASON_BEFORE && diff <= SEASON_AFTER) {
                return true;
            }
        }
        return false;
    }

    private static String iso(LocalDate start, int day) {
        return start.plusDays(day).toString();
    }

    private static double round4(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
