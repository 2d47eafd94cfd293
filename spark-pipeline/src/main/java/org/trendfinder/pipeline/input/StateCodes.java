package org.trendfinder.pipeline.input;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.upper;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.spark.sql.Column;

/**
 * US state, district and territory names to USPS two-letter codes. Source: USPS Publication 28 (Postal
 * Addressing Standards), Appendix B "Two-Letter State and Possession Abbreviations". Codes themselves are
 * accepted too ("NY"), in any case; names match case-insensitively with blanks collapsed.
 */
public final class StateCodes {
    public static final String UNKNOWN = "Unknown";

    private static final Map<String, String> CODES_BY_NAME = Map.ofEntries(
            Map.entry("Alabama", "AL"), Map.entry("Alaska", "AK"), Map.entry("Arizona", "AZ"),
            Map.entry("Arkansas", "AR"), Map.entry("California", "CA"), Map.entry("Colorado", "CO"),
            Map.entry("Connecticut", "CT"), Map.entry("Delaware", "DE"), Map.entry("District of Columbia", "DC"),
            Map.entry("Florida", "FL"), Map.entry("Georgia", "GA"), Map.entry("Hawaii", "HI"),
            Map.entry("Idaho", "ID"), Map.entry("Illinois", "IL"), Map.entry("Indiana", "IN"),
            Map.entry("Iowa", "IA"), Map.entry("Kansas", "KS"), Map.entry("Kentucky", "KY"),
            Map.entry("Louisiana", "LA"), Map.entry("Maine", "ME"), Map.entry("Maryland", "MD"),
            Map.entry("Massachusetts", "MA"), Map.entry("Michigan", "MI"), Map.entry("Minnesota", "MN"),
            Map.entry("Mississippi", "MS"), Map.entry("Missouri", "MO"), Map.entry("Montana", "MT"),
            Map.entry("Nebraska", "NE"), Map.entry("Nevada", "NV"), Map.entry("New Hampshire", "NH"),
            Map.entry("New Jersey", "NJ"), Map.entry("New Mexico", "NM"), Map.entry("New York", "NY"),
            Map.entry("North Carolina", "NC"), Map.entry("North Dakota", "ND"), Map.entry("Ohio", "OH"),
            Map.entry("Oklahoma", "OK"), Map.entry("Oregon", "OR"), Map.entry("Pennsylvania", "PA"),
            Map.entry("Rhode Island", "RI"), Map.entry("South Carolina", "SC"), Map.entry("South Dakota", "SD"),
            Map.entry("Tennessee", "TN"), Map.entry("Texas", "TX"), Map.entry("Utah", "UT"),
            Map.entry("Vermont", "VT"), Map.entry("Virginia", "VA"), Map.entry("Washington", "WA"),
            Map.entry("West Virginia", "WV"), Map.entry("Wisconsin", "WI"), Map.entry("Wyoming", "WY"),
            Map.entry("American Samoa", "AS"), Map.entry("Guam", "GU"),
            Map.entry("Northern Mariana Islands", "MP"), Map.entry("Puerto Rico", "PR"),
            Map.entry("Virgin Islands", "VI"), Map.entry("U.S. Virgin Islands", "VI"),
            Map.entry("United States Virgin Islands", "VI"), Map.entry("Federated States of Micronesia", "FM"),
            Map.entry("Marshall Islands", "MH"), Map.entry("Palau", "PW"));

    /** Upper-cased name or code -> code. */
    private static final Map<String, String> LOOKUP = lookup();

    private static final Column LOOKUP_COLUMN = map(LOOKUP.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .flatMap(e -> java.util.stream.Stream.of(lit(e.getKey()), lit(e.getValue())))
            .toArray(Column[]::new));

    private StateCodes() {
    }

    private static Map<String, String> lookup() {
        Map<String, String> m = new HashMap<>();
        CODES_BY_NAME.forEach((name, code) -> {
            m.put(name.toUpperCase(Locale.ROOT), code);
            m.put(code, code);
        });
        return Map.copyOf(m);
    }

    public static Optional<String> code(String nameOrCode) {
        if (nameOrCode == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(LOOKUP.get(nameOrCode.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT)));
    }

    /** The USPS code of the column's state, null when unmapped. */
    public static Column codeOrNull(Column nameOrCode) {
        Column key = upper(trim(regexp_replace(nameOrCode, "\\s+", " ")));
        return try_element_at(LOOKUP_COLUMN, key);
    }

    /** The USPS code, or {@link #UNKNOWN}. */
    public static Column code(Column nameOrCode) {
        return coalesce(codeOrNull(nameOrCode), lit(UNKNOWN));
    }
}
