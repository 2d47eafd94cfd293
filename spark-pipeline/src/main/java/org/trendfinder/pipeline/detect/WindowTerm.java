package org.trendfinder.pipeline.detect;

import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What one run's window says about one candidate key: projects (counted, and their ids), who wrote them, and
 * its surface forms. The ids let {@link CoOccurrenceSuppression} measure how much of a term's rise lies in
 * another trend's projects.
 */
final class WindowTerm implements Serializable {

    long projects;
    final Map<String, Long> surfaces = new HashMap<>();
    final Set<String> teachers = new HashSet<>();
    final Set<String> schools = new HashSet<>();
    final Set<String> projectIds = new HashSet<>();

    void add(String surface, String teacher, String school) {
        projects++;
        surfaces.merge(surface, 1L, Long::sum);
        teachers.add(teacher);
        schools.add(school);
    }

    /** Records a window project that contains the key (its count is kept by {@link #add}). */
    void inProject(String projectId) {
        projectIds.add(projectId);
    }

    /** Window projects containing both this key and the other's. */
    long projectsWith(WindowTerm other) {
        Set<String> small = projectIds.size() <= other.projectIds.size() ? projectIds : other.projectIds;
        Set<String> large = small == projectIds ? other.projectIds : projectIds;
        return small.stream().filter(large::contains).count();
    }

    void merge(WindowTerm other) {
        projects += other.projects;
        other.surfaces.forEach((s, n) -> surfaces.merge(s, n, Long::sum));
        teachers.addAll(other.teachers);
        schools.addAll(other.schools);
        projectIds.addAll(other.projectIds);
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
