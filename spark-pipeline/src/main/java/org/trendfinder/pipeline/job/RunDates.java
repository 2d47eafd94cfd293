package org.trendfinder.pipeline.job;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the run dates of one job: a single date, a comma-separated list, or a range {@code FROM..TO}
 * stepped by an interval such as {@code 14d} or {@code 2w}. Ranges are stepped back from {@code TO}, so the
 * newest run is exactly {@code TO} and the older ones keep the same weekday (the 2018 tool ran every two weeks).
 */
public final class RunDates {

    private static final Pattern INTERVAL = Pattern.compile("(\\d+)([dw])");

    private RunDates() {
    }

    public static List<LocalDate> parse(String spec, String every) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("no run date given");
        }
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (String part : spec.split(",")) {
            String p = part.trim();
            int range = p.indexOf("..");
            if (range < 0) {
                dates.add(date(p));
                continue;
            }
            LocalDate from = date(p.substring(0, range));
            LocalDate to = date(p.substring(range + 2));
            if (from.isAfter(to)) {
                throw new IllegalArgumentException("run-date range " + p + " ends before it starts");
            }
            int step = intervalDays(every);
            for (LocalDate d = to; !d.isBefore(from); d = d.minusDays(step)) {
                dates.add(d);
            }
        }
        return new ArrayList<>(dates);
    }

    public static int intervalDays(String every) {
        Matcher m = INTERVAL.matcher(every == null ? "" : every.trim().toLowerCase());
        if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
            throw new IllegalArgumentException("--every must look like 14d or 2w, got '" + every + "'");
        }
        int n = Integer.parseInt(m.group(1));
        return m.group(2).equals("w") ? n * 7 : n;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date (YYYY-MM-DD): '" + text.trim() + "'");
        }
    }
}
