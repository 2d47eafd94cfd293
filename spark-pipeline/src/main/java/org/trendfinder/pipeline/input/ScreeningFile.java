package org.trendfinder.pipeline.input;

import java.util.List;

/**
 * The files of Kaggle's "DonorsChoose.org Application Screening" competition: {@code train.csv} and
 * {@code test.csv} (the same columns, train adding {@code project_is_approved}) and {@code resources.csv}.
 * They carry no school, poverty, metro-type or funding data: see {@link ScreeningProjects}.
 */
public enum ScreeningFile implements CsvFileSpec {
    TRAIN("train.csv", true, Cols.PROJECT_REQUIRED, Cols.PROJECT_OPTIONAL),
    TEST("test.csv", true, Cols.PROJECT_REQUIRED, Cols.PROJECT_OPTIONAL),
    RESOURCES("resources.csv", false, List.of(Cols.ID, Cols.DESCRIPTION), List.of(Cols.QUANTITY, Cols.PRICE));

    private final Layout layout;

    ScreeningFile(String fileName, boolean multiLine, List<String> required, List<String> optional) {
        this.layout = new Layout(fileName, multiLine, required, optional);
    }

    @Override
    public Layout layout() {
        return layout;
    }

    /** The competition's header names. */
    public static final class Cols {
        public static final String ID = "id";
        public static final String TEACHER_ID = "teacher_id";
        public static final String TEACHER_PREFIX = "teacher_prefix";
        public static final String SCHOOL_STATE = "school_state";
        public static final String SUBMITTED = "project_submitted_datetime";
        public static final String GRADE = "project_grade_category";
        public static final String SUBJECTS = "project_subject_categories";
        public static final String SUBCATEGORIES = "project_subject_subcategories";
        public static final String TITLE = "project_title";
        public static final List<String> ESSAYS = List.of("project_essay_1", "project_essay_2", "project_essay_3",
                "project_essay_4");
        public static final String RESOURCE_SUMMARY = "project_resource_summary";
        public static final String PREVIOUS_PROJECTS = "teacher_number_of_previously_posted_projects";
        public static final String DESCRIPTION = "description";
        public static final String QUANTITY = "quantity";
        public static final String PRICE = "price";

        static final List<String> PROJECT_REQUIRED = java.util.stream.Stream.concat(
                java.util.stream.Stream.of(ID, TEACHER_ID, TEACHER_PREFIX, SCHOOL_STATE, SUBMITTED, GRADE, SUBJECTS,
                        TITLE), ESSAYS.stream()).toList();
        static final List<String> PROJECT_OPTIONAL = List.of(SUBCATEGORIES, RESOURCE_SUMMARY, PREVIOUS_PROJECTS);

        private Cols() {
        }
    }
}
