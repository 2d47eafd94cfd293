package org.trendfinder.pipeline.input;

import java.util.List;
import java.util.Locale;

/**
 * Optional boolean school columns of older DonorsChoose exports ("School Charter", ... as t/f). Each header
 * maps to the {@link ProjectColumns#SCHOOL_FLAGS} column of the same name in snake case.
 */
final class SchoolFlags {
    static final List<String> HEADERS = List.of("School Charter", "School Magnet", "School Year Round", "School NLNS",
            "School KIPP", "School Charter Ready Promise");

    private SchoolFlags() {
    }

    /** "School Year Round" -> "school_year_round". */
    static String columnFor(String header) {
        return header.trim().toLowerCase(Locale.ROOT).replace(' ', '_');
    }
}
