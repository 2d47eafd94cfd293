package org.trendfinder.pipeline.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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

    /** Parses a field name as users write it ({@code resources}, {@code short-description}, ...), any case. */
    public static TextField parse(String name) {
        String normalized = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (TextField f : values()) {
            if (f.name().equals(normalized)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown text field '" + name + "'; known: "
                + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
    }
}
