package org.trendfinder.pipeline.input;

import java.util.List;

/**
 * The normalized projects dataset: one row per valid project, with its school, teacher and resources
 * joined in. Both the raw-CSV reader and the ingested Parquet dataset produce exactly these columns, so
 * every later step reads one table. Categorical values are normalized (see each constant).
 */
public final class ProjectColumns {
    public static final String PROJECT_ID = "project_id";               // string, never null
    public static final String SCHOOL_ID = "school_id";                 // string, never null
    public static final String TEACHER_ID = "teacher_id";               // string, never null
    public static final String POSTED_DATE = "posted_date";             // date, never null
    public static final String POSTED_YEAR = "posted_year";             // int, the Parquet partition column
    public static final String TITLE = "title";                         // string
    public static final String ESSAY = "essay";                         // string
    public static final String SHORT_DESCRIPTION = "short_description"; // string
    public static final String NEED_STATEMENT = "need_statement";       // string
    public static final String RESOURCE_ITEMS = "resource_items";       // string: the item names, one per line
    public static final String RESOURCE_CATEGORY = "resource_category"; // string, "Unknown" when absent
    public static final String PROJECT_TYPE = "project_type";           // string
    public static final String SUBJECTS = "subjects";                   // array<string>: category tree split
    public static final String SUBJECT_SUBCATEGORIES = "subject_subcategories"; // array<string>
    public static final String GRADE_LEVEL = "grade_level";             // "Grades PreK-2" .. "Grades 9-12", "Unknown"
    public static final String COST = "cost";                           // double (dollars)
    public static final String STATUS = "status";                       // "Fully Funded", "Expired", "Live", ...
    public static final String EXPIRATION_DATE = "expiration_date";     // date, nullable
    public static final String FULLY_FUNDED_DATE = "fully_funded_date"; // date, nullable
    public static final String TEACHER_PREFIX = "teacher_prefix";       // "Mrs.", "Ms.", "Mr.", "Teacher", "Dr.", "Mx.", "Unknown"
    public static final String TEACHER_FIRST_POSTED_DATE = "teacher_first_posted_date"; // date, nullable
    public static final String TEACHER_PROJECT_SEQUENCE = "teacher_project_sequence";   // int, nullable
    public static final String SCHOOL_NAME = "school_name";             // string
    public static final String STATE = "state";                         // USPS code ("CA"), "Unknown" when unmapped
    public static final String SCHOOL_CITY = "school_city";             // string
    public static final String SCHOOL_COUNTY = "school_county";         // string as given
    public static final String SCHOOL_ZIP = "school_zip";               // string
    public static final String SCHOOL_DISTRICT = "school_district";     // string
    public static final String METRO_TYPE = "metro_type";               // "urban", "suburban", "rural", "town", "unknown"
    public static final String FREE_LUNCH_PCT = "free_lunch_pct";       // double 0..100, nullable
    public static final String POVERTY_LEVEL = "poverty_level";         // "highest poverty", "high poverty",
                                                                        // "moderate poverty", "low poverty", "unknown"
    /** Optional school flags, present (boolean) only when the input carries them. */
    public static final List<String> SCHOOL_FLAGS = List.of("school_charter", "school_magnet", "school_year_round",
            "school_nlns", "school_kipp", "school_charter_ready_promise");

    /** The free-text columns: a run may read only some of them ({@link RawInputs#plan(org.apache.spark.sql.SparkSession, String, java.util.Set)}). */
    public static final java.util.Set<String> TEXTS = java.util.Set.of(TITLE, ESSAY, SHORT_DESCRIPTION, NEED_STATEMENT,
            RESOURCE_ITEMS);

    private ProjectColumns() {
    }
}
