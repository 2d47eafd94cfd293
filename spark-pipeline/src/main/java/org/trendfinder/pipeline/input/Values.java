package org.trendfinder.pipeline.input;

import static org.apache.spark.sql.functions.trim;

import org.apache.spark.sql.Column;

/** Small column predicates shared by the tables. */
final class Values {
    private Values() {
    }

    /** Null, empty or only blanks. */
    static Column isBlank(Column text) {
        return text.isNull().or(trim(text).equalTo(""));
    }
}
