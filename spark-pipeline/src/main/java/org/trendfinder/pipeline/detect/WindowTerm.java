package org.trendfinder.pipeline.detect;

import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * What one window says about one candidate key: projects (counted, and their ids), who wrote them, its surface
 * forms and the text fields it was found in. The ids let the detector measure how much of a term's rise lies
 * in other trends' projects (grouping, ride-along words); the fields let it name a trend by the phrase teachers
 * write rather than a fragment of a catalogue item.
 */
final class WindowTerm implements Serializable {

    long projects;
    final Map<String, Long> surfaces = new HashMap<>();
    final IdSet teachers = new IdSet();
    final IdSet schools = new IdSet();
    final IdSet projectIds = new IdSet();
    /** Per text field (in the order the detector reads them), the projects with the key in that field. */
    long[] fieldProjects = new long[0];

    void add(String surface, String teacher, String school) {
        projects++;
        surfaces.merge(surface, 1L, Long::sum);
        teachers.add(teacher);
        schools.add(school);
    }

    /** Records one window project holding the key: its surface form there, authors, id and fields. */
    void addProject(String surface, int fields, String projectId, String teacher, String school) {
        add(surface, teacher, school);
        inProject(projectId);
        inFields(fields);
    }

    /** Records a window project that contains the key (its count is kept by {@link #add}). */
    void inProject(String projectId) {
        projectIds.add(projectId);
    }

    /** Records the fields (bit i = field i) in which one project holds the key. */
    void inFields(int fieldMask) {
        int fields = 32 - Integer.numberOfLeadingZeros(fieldMask);
        if (fields > fieldProjects.length) {
            fieldProjects = java.util.Arrays.copyOf(fieldProjects, fields);
        }
        for (int f = 0; f < fields; f++) {
            if ((fieldMask & (1 << f)) != 0) {
                fieldProjects[f]++;
            }
        }
    }

    /** Window projects containing both this key and the other's. */
    long projectsWith(WindowTerm other) {
        return projectIds.intersectionSize(other.projectIds);
    }

    void merge(WindowTerm other) {
        projects += other.projects;
        other.surfaces.forEach((s, n) -> surfaces.merge(s, n, Long::sum));
        teachers.addAll(other.teachers);
        schools.addAll(other.schools);
        projectIds.addAll(other.projectIds);
        if (other.fieldProjects.length > fieldProjects.length) {
            fieldProjects = java.util.Arrays.copyOf(fieldProjects, other.fieldProjects.length);
        }
        for (int f = 0; f < other.fieldProjects.length; f++) {
            fieldProjects[f] += other.fieldProjects[f];
        }
    }

    /** The most common surface form (counted in projects); ties go to the alphabetically first. */
    String surface() {
        return surfaces.entrySet().stream()
                .min(Comparator.<Map.Entry<String, Long>>comparingLong(e -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey)
                .orElseThrow();
    }
}
