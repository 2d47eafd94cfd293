package org.trendfinder.pipeline.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;

/**
 * How many projects are posted on each day: platform growth (exponential, {@code growth} times over the whole
 * history), a school-year season (back-to-school peak in August-September, summer low), holiday dips
 * (Thanksgiving week, the winter break) and quieter weekends. Project index i (0-based, chronological) is posted
 * on {@link #dayOf(long)}, so any chunk of indices knows its dates without the others.
 */
final class VolumeModel {
    private static final double[] MONTH_FACTOR = {1.0, 0.95, 0.95, 0.85, 0.8, 0.6, 0.75, 1.55, 1.6, 1.2, 1.0, 0.85};

    private final LocalDate start;
    private final long[] cumulative; // cumulative[d] = projects posted on days 0..d

    private VolumeModel(LocalDate start, long[] cumulative) {
        this.start = start;
        this.cumulative = cumulative;
    }

    static VolumeModel of(LocalDate start, LocalDate end, long projects, double growth) {
        int days = (int) (end.toEpochDay() - start.toEpochDay()) + 1;
        double[] weight = new double[days];
        double total = 0;
        for (int d = 0; d < days; d++) {
            LocalDate day = start.plusDays(d);
            double t = days == 1 ? 1 : d / (double) (days - 1);
            weight[d] = Math.pow(growth, t) * seasonal(day) * weekday(day);
            total += weight[d];
        }
        long[] cumulative = new long[days];
        double running = 0;
        for (int d = 0; d < days; d++) {
            running += weight[d];
            cumulative[d] = Math.round(projects * (running / total));
        }
        cumulative[days - 1] = projects;
        return new VolumeModel(start, cumulative);
    }

    static double seasonal(LocalDate day) {
        double f = MONTH_FACTOR[day.getMonthValue() - 1];
        if ((day.getMonth() == Month.DECEMBER && day.getDayOfMonth() >= 21)
                || (day.getMonth() == Month.JANUARY && day.getDayOfMonth() <= 1)) {
            f *= 0.4;
        }
        LocalDate thanksgiving = LocalDate.of(day.getYear(), 11, 1)
                .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
        if (Math.abs(day.toEpochDay() - thanksgiving.toEpochDay()) <= 3) {
            f *= 0.5;
        }
        return f;
    }

    private static double weekday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> 0.55;
            case SUNDAY -> 0.7;
            default -> 1.0;
        };
    }

    int days() {
        return cumulative.length;
    }

    LocalDate start() {
        return start;
    }

    long projects() {
        return cumulative[cumulative.length - 1];
    }

    /** Day offset (0 = start) on which project {@code index} is posted. */
    int dayOf(long index) {
        int pos = Arrays.binarySearch(cumulative, index + 1);
        if (pos < 0) {
            return -pos - 1;
        }
        while (pos > 0 && cumulative[pos - 1] == index + 1) {
            pos--;
        }
        return pos;
    }

    /** Index of the first project posted on or after day offset {@code day}. */
    long firstIndexOn(int day) {
        return day <= 0 ? 0 : cumulative[Math.min(day, cumulative.length) - 1];
    }
}
