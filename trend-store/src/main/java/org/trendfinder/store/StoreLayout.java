package org.trendfinder.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where everything lives in the store, as keys relative to the store root ({@code /}-separated).
 *
 * <pre>
 * &lt;run-date&gt;/_manifest.json                          written last: the run is complete; names the attempt
 * &lt;run-date&gt;/_attempts/&lt;attempt&gt;/df.csv                the trends, one row each
 * &lt;run-date&gt;/_attempts/&lt;attempt&gt;/&lt;slug&gt;/&lt;plot&gt;/df.csv   a plot's data
 * &lt;run-date&gt;/_attempts/&lt;attempt&gt;/&lt;slug&gt;/&lt;plot&gt;/kwargs.json chart hints (none for tables)
 * </pre>
 *
 * Each attempt at a run date writes under its own prefix, so a reader never sees a mix of two attempts:
 * the manifest, written last in one PUT, switches readers from the old attempt to the new one. A manifest
 * without an {@code attempt} (a store written by hand or by the 2018 tool) means the files sit directly
 * under {@code <run-date>/}, which is the 2018 hierarchy.
 */
public final class StoreLayout {

    public static final String MANIFEST = "_manifest.json";
    public static final String ATTEMPTS = "_attempts";
    public static final String DATA = "df.csv";
    public static final String KWARGS = "kwargs.json";

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ATTEMPT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private StoreLayout() {
    }

    public static String manifest(LocalDate runDate) {
        return runDate + "/" + MANIFEST;
    }

    public static String attemptsPrefix(LocalDate runDate) {
        return runDate + "/" + ATTEMPTS + "/";
    }

    /** The folder of one run's files; {@code attempt} empty means the 2018 layout (directly under the date). */
    public static String runRoot(LocalDate runDate, Optional<String> attempt) {
        return attempt.map(a -> attemptsPrefix(runDate) + requireAttempt(a) + "/").orElse(runDate + "/");
    }

    public static String trends(String runRoot) {
        return runRoot + DATA;
    }

    public static String plotData(String runRoot, String slug, Plot plot) {
        return plotFolder(runRoot, slug, plot) + DATA;
    }

    public static String plotKwargs(String runRoot, String slug, Plot plot) {
        return plotFolder(runRoot, slug, plot) + KWARGS;
    }

    private static String plotFolder(String runRoot, String slug, Plot plot) {
        if (!Slug.isValid(slug)) {
            throw new IllegalArgumentException("not a valid slug: '" + slug + "'");
        }
        return runRoot + slug + "/" + plot.folder() + "/";
    }

    /** Parses a run-date folder name or URL segment; empty unless it is exactly an ISO date ({@code 2018-03-14}). */
    public static Optional<LocalDate> parseRunDate(String text) {
        if (text == null || !DATE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static boolean isValidAttempt(String attempt) {
        return attempt != null && ATTEMPT.matcher(attempt).matches();
    }

    static String requireAttempt(String attempt) {
        if (!isValidAttempt(attempt)) {
            throw new IllegalArgumentException("not a valid attempt id: '" + attempt + "'");
        }
        return attempt;
    }
}
