package org.trendfinder.pipeline.input;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.trim;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * Splits a DonorsChoose subject tree ("Literacy & Language, Math & Science") into its categories. The
 * separator is a comma, but one real category name contains a comma itself ("Warmth, Care & Hunger"), so
 * such names are protected before splitting and restored after.
 */
public final class SubjectTrees {
    /** Category names that contain the separator. */
    public static final List<String> NAMES_WITH_COMMAS = List.of("Warmth, Care & Hunger");

    // A character that never occurs in the data stands in for the protected commas.
    private static final String PLACEHOLDER = "\u0001";

    private SubjectTrees() {
    }

    /** The tree's categories, trimmed, empty entries dropped; an empty array for a null tree. */
    public static Column split(Column tree) {
        Column protectedTree = tree;
        for (String name : NAMES_WITH_COMMAS) {
            // Tolerate any spacing after the comma: "Warmth,Care & Hunger" is the same category.
            String regex = Stream.of(name.split(",")).map(part -> Pattern.quote(part.trim()))
                    .collect(Collectors.joining(",\\s*"));
            protectedTree = regexp_replace(protectedTree, regex, name.replace(",", PLACEHOLDER));
        }
        Column parts = transform(functions.split(protectedTree, ","),
                part -> trim(regexp_replace(part, PLACEHOLDER, ",")));
        return coalesce(filter(parts, part -> part.notEqual("")),
                array().cast(DataTypes.createArrayType(DataTypes.StringType)));
    }
}
