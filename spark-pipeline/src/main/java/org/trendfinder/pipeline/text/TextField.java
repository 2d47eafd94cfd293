package org.trendfinder.pipeline.text;

import java.util.List;

import org.trendfinder.pipeline.input.ProjectColumns;

/** A project text column the trend terms are read from. */
public enum TextField {
    RESOURCES(ProjectColumns.RESOURCE_ITEMS),
    TITLE(ProjectColumns.TITLE),
    ESSAY(ProjectColumns.ESSAY),
    SHORT_DESCRIPTION(ProjectColumns.SHORT_DESCRIPTION),
    NEED_STATEMENT(ProjectColumns.NEED_STATEMENT);

    /** What the product analyzes unless told otherwise: what is bought, and how teachers describe it. */
    public static final List<TextField> DEFAULTS = List.of(RESOURCES, TITLE, ESSAY);

    private final String column;

    TextField(String column) {
        this.column = column;
    }

    /** The {@link ProjectColumns} column holding this text. */
    public String column() {
        return column;
    }
}
