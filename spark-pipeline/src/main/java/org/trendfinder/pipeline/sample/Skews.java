package org.trendfinder.pipeline.sample;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Where and for whom a planted term is more common: a geographic skew (a state, or a big-metro county within
 * it) and a demographic one (a metro type, a grade band or a poverty band), with their multipliers.
 */
final class Skews {
    static final double GEO_IN = 8.0;
    static final double GEO_OUT = 0.5;
    /** A county skew's multiplier in the rest of its state: a local hotspot within a state-wide uptake. */
    static final double GEO_REST_OF_STATE = 3.0;
    /** Smallest share of all projects a skew's state holds: a skew is planted where there are projects to show it. */
    private static final double MIN_STATE_SHARE = 0.015;
    static final double DEMO_IN = 3.0;
    static final double DEMO_OUT = 0.4;

    static PlantedTerm.GeoSkew geoSkew(SplittableRandom rng) {
        List<Geography.County> counties = Geography.counties();
        Map<String, Double> stateWeights = new HashMap<>();
        double all = 0;
        for (Geography.County c : counties) {
            stateWeights.merge(c.state(), c.weight(), Double::sum);
            all += c.weight();
        }
        boolean metro = rng.nextBoolean();
        double total = 0;
        for (Geography.County c : counties) {
            total += eligible(c, metro, stateWeights, all) ? c.weight() : 0;
        }
        double u = rng.nextDouble() * total;
        Geography.County pick = counties.get(counties.size() - 1);
        for (Geography.County c : counties) {
            u -= eligible(c, metro, stateWeights, all) ? c.weight() : 0;
            if (u < 0) {
                pick = c;
                break;
            }
        }
        return new PlantedTerm.GeoSkew(pick.state(), pick.stateCode(), metro ? pick.county() : null, GEO_IN, GEO_OUT);
    }

    private static boolean eligible(Geography.County c, boolean metro, Map<String, Double> stateWeights,
            double all) {
        return (!metro || c.bigMetro()) && stateWeights.get(c.state()) >= MIN_STATE_SHARE * all;
    }

    static PlantedTerm.DemographicSkew demographicSkew(SplittableRandom rng) {
        return switch (rng.nextInt(3)) {
            case 0 -> new PlantedTerm.DemographicSkew("METRO_TYPE",
                    List.of("urban", "suburban", "rural", "town").get(rng.nextInt(4)), null, null, DEMO_IN, DEMO_OUT);
            case 1 -> new PlantedTerm.DemographicSkew("GRADE_LEVEL", TrendPlan.GRADES[rng.nextInt(TrendPlan.GRADES.length)], null, null,
                    DEMO_IN, DEMO_OUT);
            default -> switch (rng.nextInt(3)) {
                case 0 -> new PlantedTerm.DemographicSkew("POVERTY_LEVEL", "highest poverty", 65, 101, DEMO_IN, DEMO_OUT);
                case 1 -> new PlantedTerm.DemographicSkew("POVERTY_LEVEL", "high poverty", 40, 65, DEMO_IN, DEMO_OUT);
                default -> new PlantedTerm.DemographicSkew("POVERTY_LEVEL", "moderate poverty", 10, 40, DEMO_IN, DEMO_OUT);
            };
        };
    }

    private Skews() {
    }
}
