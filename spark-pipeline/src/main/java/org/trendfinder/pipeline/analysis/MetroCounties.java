package org.trendfinder.pipeline.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The metro areas of {@code geo_splits}, each a list of exact (state, county) pairs read from
 * {@code conf/metro-counties.csv} (columns {@code metro,state,county}; {@code #} starts a comment line).
 * Counties match {@code school_county} after trimming, case-folding and dropping an optional " County"
 * suffix on both sides — nothing fuzzy, so a county that matches no project is reported rather than guessed
 * (the 2018 tool fuzzy-matched unknown names to the nearest Census county).
 */
public final class MetroCounties {

    /** The default, packaged from {@code conf/metro-counties.csv}. */
    public static final String CLASSPATH_RESOURCE = "/trendfinder/metro-counties.csv";

    private static final Pattern COUNTY_SUFFIX = Pattern.compile("\\s+county$");
    private static final Pattern STATE = Pattern.compile("[A-Z]{2}");

    /** One row of the table. */
    public record County(String metro, String state, String county) {
        /** The county name as matched: trimmed, lower-case, without a trailing " county". */
        public String key() {
            return normalize(county);
        }
    }

    private final String source;
    private final List<County> counties;

    public MetroCounties(String source, List<County> counties) {
        this.source = source;
        this.counties = List.copyOf(counties);
    }

    public static MetroCounties defaults() {
        InputStream in = MetroCounties.class.getResourceAsStream(CLASSPATH_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("classpath resource " + CLASSPATH_RESOURCE + " is missing");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(reader, "classpath:" + CLASSPATH_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static MetroCounties fromFile(Path path) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return parse(reader, path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read metro counties file " + path, e);
        }
    }

    /** Parses the table; a malformed row fails with the source, row number and field. */
    public static MetroCounties parse(Reader reader, String source) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        List<County> out = new ArrayList<>();
        boolean header = false;
        String line;
        int row = 0;
        while ((line = lines.readLine()) != null) {
            row++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] cells = trimmed.split(",", -1);
            if (!header) {
                if (cells.length != 3 || !cells[0].strip().equals("metro") || !cells[1].strip().equals("state")
                        || !cells[2].strip().equals("county")) {
                    throw new IllegalArgumentException(source + " row " + row + ": expected header metro,state,county");
                }
                header = true;
                continue;
            }
            if (cells.length != 3) {
                throw new IllegalArgumentException(source + " row " + row + ": expected 3 fields, got " + cells.length);
            }
            String metro = cells[0].strip();
            String state = cells[1].strip().toUpperCase(Locale.ROOT);
            String county = cells[2].strip();
            if (metro.isEmpty()) {
                throw new IllegalArgumentException(source + " row " + row + ": field 'metro' is empty");
            }
            if (!STATE.matcher(state).matches()) {
                throw new IllegalArgumentException(source + " row " + row + ": field 'state' is not a USPS code: '"
                        + cells[1] + "'");
            }
            if (normalize(county).isEmpty()) {
                throw new IllegalArgumentException(source + " row " + row + ": field 'county' is empty");
            }
            out.add(new County(metro, state, county));
        }
        if (!header) {
            throw new IllegalArgumentException(source + ": no header row metro,state,county");
        }
        return new MetroCounties(source, out);
    }

    /** Trims, lower-cases and drops a trailing " County": "  Cook County " and "cook" both give "cook". */
    public static String normalize(String county) {
        if (county == null) {
            return "";
        }
        String s = county.strip().toLowerCase(Locale.ROOT);
        return COUNTY_SUFFIX.matcher(s).replaceFirst("").strip();
    }

    public String source() {
        return source;
    }

    public List<County> counties() {
        return counties;
    }

    /** The counties by metro area, in file order. */
    public Map<String, List<County>> byMetro() {
        Map<String, List<County>> m = new LinkedHashMap<>();
        for (County c : counties) {
            m.computeIfAbsent(c.metro(), k -> new ArrayList<>()).add(c);
        }
        return m;
    }
}
