package org.trendfinder.pipeline.sample;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One planted term as recorded in truth.json. Dates are ISO strings (yyyy-MM-dd).
 *
 * @param term          the canonical (singular) form
 * @param forms         every surface form written (singular and plural / inflected)
 * @param words         number of words (1 to 3)
 * @param shape         how its share moves
 * @param reportedAtEnd whether a correct finder reports it at the end date
 * @param start         first day its share is raised above zero (seasonal: first season in the history)
 * @param end           last day its share is raised (ENDED_SPIKE: well before the end date)
 * @param peakStart     first day of its (latest) peak
 * @param peakEnd       last day of its (latest) peak
 * @param peakShare     share of all projects carrying it at the peak; the skews redistribute it among projects
 * @param geography     where it is concentrated
 * @param demographic   which schools/grades it is concentrated in
 * @param teacherId     the single teacher, for SINGLE_TEACHER_DECOY only
 * @param liveFrom      first day a correct finder reports it (bursts: their peak; growers: the day they reach
 *                      half their final share); null for decoys, which are never reported
 * @param liveTo        last day a correct finder reports it; null for decoys
 * @param productLine   the catalogue words its resource item carries after its name ("Starter Set 4 Pack")
 * @param plantedProjects number of project rows that carry it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlantedTerm(String term, List<String> forms, int words, TrendShape shape, boolean reportedAtEnd,
                          String start, String end, String peakStart, String peakEnd, double peakShare,
                          GeoSkew geography, DemographicSkew demographic, String teacherId, String liveFrom,
                          String liveTo, String productLine, long plantedProjects) {

    /**
     * Geographic concentration: projects of schools in {@code state} (and {@code county} when set) carry the term
     * {@code multiplier} times more often, all others {@code outsideMultiplier} times; with a county set, the rest
     * of its state carries it 3 times more often (a hotspot within a state-wide uptake). The multipliers are
     * relative: every planted probability is divided by the mean multiplier over all projects, so the base share
     * stays the term's overall share.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GeoSkew(String state, String stateCode, String county, double multiplier, double outsideMultiplier) {
    }

    /**
     * Demographic concentration on one dimension: METRO_TYPE (value "rural" ...), GRADE_LEVEL ("Grades 3-5" ...)
     * or POVERTY_LEVEL (value "highest poverty" ..., i.e. School Percentage Free Lunch in [minFreeLunch, maxFreeLunch)).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DemographicSkew(String dimension, String value, Integer minFreeLunch, Integer maxFreeLunch,
                                  double multiplier, double outsideMultiplier) {
    }

    PlantedTerm withPlantedProjects(long count) {
        return new PlantedTerm(term, forms, words, shape, reportedAtEnd, start, end, peakStart, peakEnd, peakShare,
                geography, demographic, teacherId, liveFrom, liveTo, productLine, count);
    }
}
