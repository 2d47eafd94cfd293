package org.trendfinder.pipeline.sample;

/** The kinds of deliberately broken rows in Projects.csv. */
public enum BadRowKind {
    /** Project Posted Date is not a date. */
    UNPARSEABLE_POSTED_DATE,
    /** Project ID is empty. */
    MISSING_PROJECT_ID,
    /** School ID names no row of Schools.csv. */
    UNKNOWN_SCHOOL_ID,
    /** Project Cost is not a number ("N/A"). */
    BAD_COST,
    /** A second row reusing an earlier row's Project ID (the extra rows are counted). */
    DUPLICATE_PROJECT_ID
}
