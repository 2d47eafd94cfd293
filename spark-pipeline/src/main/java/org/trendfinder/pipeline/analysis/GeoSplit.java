package org.trendfinder.pipeline.analysis;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import org.trendfinder.pipeline.input.ProjectColumns;

/**
 * A geographic split of the trend's projects into "inside" and "outside" ({@code geo_splits}), as a Spark
 * condition on a project row. Unknown states, counties or metro types count as outside.
 */
public record GeoSplit(String name, Column inside) {

    /**
     * Census divisions on the coasts: South Atlantic, Pacific, Middle Atlantic and New England
     * (U.S. Census Bureau, "Census Regions and Divisions of the United States",
     * https://www2.census.gov/geo/pdfs/maps-data/maps/reference/us_regdiv.pdf). DC is in South Atlantic.
     */
    public static final Set<String> COASTAL_STATES = Set.of(
            // New England
            "CT", "ME", "MA", "NH", "RI", "VT",
            // Middle Atlantic
            "NJ", "NY", "PA",
            // South Atlantic
            "DE", "DC", "FL", "GA", "MD", "NC", "SC", "VA", "WV",
            // Pacific
            "AK", "CA", "HI", "OR", "WA");

    /**
     * Northern states: the Census Northeast and Midwest regions (same source as above) plus the West region's
     * states lying wholly north of 41° N (WA, OR, ID, MT, WY — their southern borders are at 42° N, 42° N, 42° N,
     * 45° N and 41° N — and AK). The 2018 list was hand-picked and inconsistent (it had California, Colorado and
     * Utah but not New Jersey, Nebraska or Kansas); this one follows a stated rule.
     */
    public static final Set<String> NORTHERN_STATES = Set.of(
            // Northeast
            "CT", "ME", "MA", "NH", "RI", "VT", "NJ", "NY", "PA",
            // Midwest
            "IL", "IN", "MI", "OH", "WI", "IA", "KS", "MN", "MO", "NE", "ND", "SD",
            // West, wholly north of 41° N
            "WA", "OR", "ID", "MT", "WY", "AK");

    /** Metro types outside cities ("non-urban", as 2018 defined it). */
    public static final Set<String> NON_URBAN = Set.of("suburban", "rural");

    /** The column holding the normalized county name the metro splits compare (see {@link MetroCounties#normalize}). */
    public static final String COUNTY_KEY = "county_key";

    /** Spark's version of {@link MetroCounties#normalize}. */
    public static Column countyKey(Column county) {
        Column lower = functions.lower(functions.trim(functions.coalesce(county, lit(""))));
        return functions.trim(functions.regexp_replace(lower, "\\s+county$", ""));
    }

    /** All splits in display order: coastal, north, each metro area of {@code counties}, non-urban. */
    public static List<GeoSplit> all(MetroCounties counties) {
        Column state = col(ProjectColumns.STATE);
        List<GeoSplit> splits = new ArrayList<>();
        splits.add(new GeoSplit("coastal", state.isin(COASTAL_STATES.toArray())));
        splits.add(new GeoSplit("north", state.isin(NORTHERN_STATES.toArray())));
        for (Map.Entry<String, List<MetroCounties.County>> metro : counties.byMetro().entrySet()) {
            splits.add(new GeoSplit(metro.getKey(), inCounties(metro.getValue())));
        }
        splits.add(new GeoSplit("non-urban", col(ProjectColumns.METRO_TYPE).isin(NON_URBAN.toArray())));
        return splits;
    }

    static Column inCounty(MetroCounties.County c) {
        return col(ProjectColumns.STATE).equalTo(lit(c.state())).and(col(COUNTY_KEY).equalTo(lit(c.key())));
    }

    private static Column inCounties(List<MetroCounties.County> counties) {
        Column any = lit(false);
        for (MetroCounties.County c : counties) {
            any = any.or(inCounty(c));
        }
        return any;
    }
}
