package org.trendfinder.pipeline.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Projects matching each metro county (all projects, any date): a county no project matches is probably
 * misspelt, and the run manifest says so.
 *
 * @param byCounty county -> projects (read-only)
 */
record CountyMatches(Map<MetroCounties.County, Long> byCounty) {

    long of(MetroCounties.County county) {
        return byCounty.getOrDefault(county, 0L);
    }

    /** The counts of {@code stack} alone (one Spark job; {@link ProjectAggregates} makes them with the others). */
    static CountyMatches collect(ProjectStack stack, List<MetroCounties.County> counties) {
        String[][] fields = Accumulator.fields(counties);
        return StackPass.collect(stack, () -> new Accumulator(fields));
    }

    /**
     * Over the all-projects rows: per county, the projects of its state whose county key is the county's. The
     * counties are kept as their fields ({@code [metro, state, county, key]}): Kryo cannot build records.
     */
    static final class Accumulator extends StackAccumulator<Accumulator, CountyMatches> {
        private static final long serialVersionUID = 1L;
        private final String[][] counties;
        private final long[] matches;

        /** @param counties each county's {@link #fields} */
        Accumulator(String[][] counties) {
            this.counties = counties;
            this.matches = new long[counties.length];
        }

        static String[][] fields(List<MetroCounties.County> counties) {
            return counties.stream().map(c -> new String[] {c.metro(), c.state(), c.county(), c.key()})
                    .toArray(String[][]::new);
        }

        @Override
        void add(StackRow row) {
            if (!row.isAll()) {
                return;
            }
            for (int i = 0; i < counties.length; i++) {
                if (counties[i][1].equals(row.state()) && counties[i][3].equals(row.countyKey())) {
                    matches[i]++;
                }
            }
        }

        @Override
        Accumulator merge(Accumulator other) {
            for (int i = 0; i < matches.length; i++) {
                matches[i] += other.matches[i];
            }
            return this;
        }

        @Override
        CountyMatches result() {
            Map<MetroCounties.County, Long> byCounty = new HashMap<>();
            for (int i = 0; i < counties.length; i++) {
                byCounty.put(new MetroCounties.County(counties[i][0], counties[i][1], counties[i][2]), matches[i]);
            }
            return new CountyMatches(FrozenMaps.frozen(byCounty));
        }
    }
}
