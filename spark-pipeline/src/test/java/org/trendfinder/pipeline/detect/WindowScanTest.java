package org.trendfinder.pipeline.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class WindowScanTest {

    @Test
    void allKeysAndTheirWordsSpanEveryWindow() {
        Set<String> keys = WindowScan.allKeys(List.of(Set.of("garden", "raised bed"), Set.of(), Set.of("garden tool")));
        assertThat(keys).containsExactlyInAnyOrder("garden", "raised bed", "garden tool");
        assertThat(WindowScan.wordsOf(keys)).containsExactlyInAnyOrder("garden", "raised", "bed", "tool");
    }

    @Test
    void aWindowHoldsBothOfItsEnds() {
        int[] window = {10, 20};
        assertThat(WindowScan.inWindow(10, window)).isTrue();
        assertThat(WindowScan.inWindow(20, window)).isTrue();
        assertThat(WindowScan.inWindow(9, window)).isFalse();
        assertThat(WindowScan.inWindow(21, window)).isFalse();
    }

    @Test
    void onlyProjectsHoldingAKeyReachThePassAndCountOnlyForTheKeysTheirWindowWants() {
        // columns as ProjectTexts selects them: id, teacher, school, day, then the texts
        Row garden = RowFactory.create("p1", "t1", "s1", 15, "A garden for everyone", "new garden tools");
        Row music = RowFactory.create("p2", "t2", "s2", 16, "Music for everyone", "drums");
        Set<String> keys = Set.of("garden", "tool");
        Map<String, WindowTerm> windowTerms = new HashMap<>();
        List<Integer> days = new ArrayList<>();
        WindowScan.forEachProjectWithKeys(List.of(garden, music).iterator(), 1, WindowScan.wordsOf(keys), keys,
                (row, day, terms) -> {
                    days.add(day);
                    assertThat(terms).containsOnlyKeys("garden", "tool");
                    WindowScan.addDetails(windowTerms, Set.of("garden"), terms, row);
                });
        assertThat(days).containsExactly(15);
        assertThat(windowTerms).containsOnlyKeys("garden");
        WindowTerm term = windowTerms.get("garden");
        assertThat(term.projects).isEqualTo(1);
        assertThat(term.teachers.size()).isEqualTo(1);
        assertThat(term.fieldProjects).containsExactly(1, 1);
    }
}
