package org.trendfinder.pipeline.input;

import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataTypes;

/**
 * Number parsing as column expressions. Values are checked with a pattern before the cast, so the result is
 * the same whether or not ANSI mode is on, and "NaN" / "Infinity" (which a plain cast accepts) are refused.
 */
public final class Numbers {
    private static final String DECIMAL = "^[0-9]+(\\.[0-9]*)?$|^\\.[0-9]+$";
    private static final String INTEGER = "^[0-9]{1,9}$"; // nine digits always fit an int

    private Numbers() {
    }

    /** "$1,234.56" -> 1234.56: dollar sign, thousands separators and blanks are dropped. */
    public static Column cleanedMoney(Column text) {
        return regexp_replace(trim(text), "[$,\\s]", "");
    }

    /** Money in dollars; null when empty or not a non-negative amount. */
    public static Column money(Column text) {
        Column cleaned = cleanedMoney(text);
        return when(cleaned.rlike(DECIMAL), cleaned.cast(DataTypes.DoubleType));
    }

    /** True when the text holds something that is not a money amount. */
    public static Column isBadMoney(Column text) {
        Column cleaned = cleanedMoney(text);
        return cleaned.notEqual("").and(cleaned.rlike(DECIMAL).unary_$bang());
    }

    /** A percentage 0..100 ("56", "56.5", "56%"); null when empty, unparseable or out of range. */
    public static Column percent(Column text) {
        Column cleaned = regexp_replace(trim(text), "[%\\s]", "");
        Column value = when(cleaned.rlike(DECIMAL), cleaned.cast(DataTypes.DoubleType));
        return when(value.leq(100.0), value);
    }

    /** A non-negative integer; null otherwise. */
    public static Column integer(Column text) {
        Column cleaned = trim(text);
        return when(cleaned.rlike(INTEGER), cleaned.cast(DataTypes.IntegerType));
    }
}
