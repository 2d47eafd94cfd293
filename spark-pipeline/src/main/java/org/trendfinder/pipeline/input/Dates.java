package org.trendfinder.pipeline.input;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * Parses the dates of the DonorsChoose files: ISO {@code yyyy-MM-dd}, optionally followed by a time part
 * ({@code 2018-03-14 10:22:01}, {@code 2018-03-14T10:22:01Z}), plus the unambiguous {@code yyyy/MM/dd} and US
 * {@code M/d/yyyy}. Plain java.time rather than Spark's to_date, whose parser policy can throw on some inputs.
 */
public final class Dates {
    // The date part up to the first space or 'T' (the time part, if any, is ignored: dates only).
    private static final Pattern TIME_PART = Pattern.compile("[ T].*$");
    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT));

    private static final UserDefinedFunction PARSE = functions.udf(
            (UDF1<String, LocalDate>) s -> parse(s).orElse(null), DataTypes.DateType).withName("parse_date");

    private Dates() {
    }

    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String date = TIME_PART.matcher(text.trim()).replaceFirst("");
        for (DateTimeFormatter f : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(date, f));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** The column parsed to a date; null when empty or unparseable. */
    public static Column parsed(Column text) {
        return PARSE.apply(text);
    }
}
