package org.trendfinder.pipeline.input;

import java.util.List;
import java.util.stream.Stream;

/**
 * The four files of the public 2018 DonorsChoose schema and the header columns this pipeline reads.
 * Required columns must be present or the run stops with an {@link InputException}; optional ones read as
 * null when absent.
 */
public enum InputFile implements CsvFileSpec {
    PROJECTS("Projects.csv", true,
            List.of(Cols.PROJECT_ID, Cols.SCHOOL_ID, Cols.TEACHER_ID, Cols.PROJECT_TITLE, Cols.PROJECT_ESSAY,
                    Cols.PROJECT_CATEGORY_TREE, Cols.PROJECT_GRADE_LEVEL, Cols.PROJECT_COST, Cols.PROJECT_POSTED_DATE),
            List.of(Cols.TEACHER_SEQUENCE, Cols.PROJECT_TYPE, Cols.PROJECT_SHORT_DESCRIPTION, Cols.PROJECT_NEED_STATEMENT,
                    Cols.PROJECT_SUBCATEGORY_TREE, Cols.PROJECT_RESOURCE_CATEGORY, Cols.PROJECT_EXPIRATION_DATE,
                    Cols.PROJECT_STATUS, Cols.PROJECT_FULLY_FUNDED_DATE)),
    RESOURCES("Resources.csv", false,
            List.of(Cols.PROJECT_ID, Cols.RESOURCE_ITEM_NAME),
            List.of(Cols.RESOURCE_QUANTITY, Cols.RESOURCE_UNIT_PRICE, Cols.RESOURCE_VENDOR)),
    SCHOOLS("Schools.csv", false,
            List.of(Cols.SCHOOL_ID, Cols.SCHOOL_STATE, Cols.SCHOOL_METRO_TYPE, Cols.SCHOOL_FREE_LUNCH),
            Stream.concat(Stream.of(Cols.SCHOOL_NAME, Cols.SCHOOL_ZIP, Cols.SCHOOL_CITY, Cols.SCHOOL_COUNTY,
                    Cols.SCHOOL_DISTRICT), SchoolFlags.HEADERS.stream()).toList()),
    TEACHERS("Teachers.csv", false,
            List.of(Cols.TEACHER_ID),
            List.of(Cols.TEACHER_PREFIX, Cols.TEACHER_FIRST_POSTED_DATE));

    private final Layout layout;

    InputFile(String fileName, boolean multiLine, List<String> required, List<String> optional) {
        this.layout = new Layout(fileName, multiLine, required, optional);
    }

    @Override
    public Layout layout() {
        return layout;
    }

    /** The DonorsChoose header names, as they appear in the files. */
    public static final class Cols {
        public static final String PROJECT_ID = "Project ID";
        public static final String SCHOOL_ID = "School ID";
        public static final String TEACHER_ID = "Teacher ID";
        public static final String TEACHER_SEQUENCE = "Teacher Project Posted Sequence";
        public static final String PROJECT_TYPE = "Project Type";
        public static final String PROJECT_TITLE = "Project Title";
        public static final String PROJECT_ESSAY = "Project Essay";
        public static final String PROJECT_SHORT_DESCRIPTION = "Project Short Description";
        public static final String PROJECT_NEED_STATEMENT = "Project Need Statement";
        public static final String PROJECT_CATEGORY_TREE = "Project Subject Category Tree";
        public static final String PROJECT_SUBCATEGORY_TREE = "Project Subject Subcategory Tree";
        public static final String PROJECT_GRADE_LEVEL = "Project Grade Level Category";
        public static final String PROJECT_RESOURCE_CATEGORY = "Project Resource Category";
        public static final String PROJECT_COST = "Project Cost";
        public static final String PROJECT_POSTED_DATE = "Project Posted Date";
        public static final String PROJECT_EXPIRATION_DATE = "Project Expiration Date";
        public static final String PROJECT_STATUS = "Project Current Status";
        public static final String PROJECT_FULLY_FUNDED_DATE = "Project Fully Funded Date";
        public static final String RESOURCE_ITEM_NAME = "Resource Item Name";
        public static final String RESOURCE_QUANTITY = "Resource Quantity";
        public static final String RESOURCE_UNIT_PRICE = "Resource Unit Price";
        public static final String RESOURCE_VENDOR = "Resource Vendor Name";
        public static final String SCHOOL_NAME = "School Name";
        public static final String SCHOOL_METRO_TYPE = "School Metro Type";
        public static final String SCHOOL_FREE_LUNCH = "School Percentage Free Lunch";
        public static final String SCHOOL_STATE = "School State";
        public static final String SCHOOL_ZIP = "School Zip";
        public static final String SCHOOL_CITY = "School City";
        public static final String SCHOOL_COUNTY = "School County";
        public static final String SCHOOL_DISTRICT = "School District";
        public static final String TEACHER_PREFIX = "Teacher Prefix";
        public static final String TEACHER_FIRST_POSTED_DATE = "Teacher First Project Posted Date";

        private Cols() {
        }
    }
}
