package org.trendfinder.pipeline.input;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.try_element_at;

import java.util.Map;
import java.util.stream.Stream;

import org.apache.spark.sql.Column;

/**
 * Normalizes the categorical fields that have a closed set of values: metro type, grade level and teacher
 * prefix. Each value is reduced to a lower-case key (blanks, dots and a "grades" prefix dropped) and looked
 * up; anything else becomes the field's unknown value.
 */
public final class Categories {
    public static final String UNKNOWN_METRO = "unknown";
    public static final String UNKNOWN = "Unknown";

    private static final Map<String, String> METRO = Map.of(
            "urban", "urban", "suburban", "suburban", "rural", "rural", "town", "town");
    private static final Map<String, String> GRADES = Map.of(
            "prek-2", "Grades PreK-2", "3-5", "Grades 3-5", "6-8", "Grades 6-8", "9-12", "Grades 9-12");
    private static final Map<String, String> PREFIXES = Map.of(
            "mrs", "Mrs.", "ms", "Ms.", "mr", "Mr.", "dr", "Dr.", "mx", "Mx.", "teacher", "Teacher");

    private Categories() {
    }

    /** "Urban" -> "urban"; anything outside urban/suburban/rural/town -> "unknown". */
    public static Column metroType(Column text) {
        return lookup(METRO, lower(trim(text)), UNKNOWN_METRO);
    }

    /** "Grades PreK-2", "grades prek-2", "PreK-2" -> "Grades PreK-2"; else "Unknown". */
    public static Column gradeLevel(Column text) {
        Column key = regexp_replace(regexp_replace(lower(trim(text)), "^grades?\\s*", ""), "\\s+", "");
        return lookup(GRADES, key, UNKNOWN);
    }

    /** "Mrs", "mrs.", " Mrs. " -> "Mrs."; else "Unknown". */
    public static Column teacherPrefix(Column text) {
        Column key = regexp_replace(lower(trim(text)), "[.\\s]", "");
        return lookup(PREFIXES, key, UNKNOWN);
    }

    /** The trimmed text, or "Unknown" when empty. */
    public static Column orUnknown(Column text) {
        Column t = trim(text);
        return coalesce(org.apache.spark.sql.functions.when(t.notEqual(""), t), lit(UNKNOWN));
    }

    private static Column lookup(Map<String, String> table, Column key, String unknown) {
        Column map = map(table.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .flatMap(e -> Stream.of(lit(e.getKey()), lit(e.getValue())))
                .toArray(Column[]::new));
        return coalesce(try_element_at(map, key), lit(unknown));
    }
}
