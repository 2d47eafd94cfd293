package org.trendfinder.pipeline.input;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.upper;

import java.util.Map;

import org.apache.spark.sql.Column;
import org.trendfinder.store.UsStates;

/**
 * The input's state column as USPS two-letter codes, in Spark: the table itself is trend-store's {@link UsStates}
 * (names match case-insensitively with blanks collapsed, codes in any case).
 */
public final class StateCodes {
    public static final String UNKNOWN = "Unknown";

    private static final Column LOOKUP_COLUMN = map(UsStates.codeByUpperCaseNameOrCode().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .flatMap(e -> java.util.stream.Stream.of(lit(e.getKey()), lit(e.getValue())))
            .toArray(Column[]::new));

    private StateCodes() {
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
