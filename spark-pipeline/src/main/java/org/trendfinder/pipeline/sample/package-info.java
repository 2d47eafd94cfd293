/**
 * A synthetic DonorsChoose history for tests and benchmarks, in the schema of the public 2018 Kaggle files, with
 * planted trends and a truth file.
 *
 * <p>{@link org.trendfinder.pipeline.sample.SampleGenerator#generate(SampleSpec, java.nio.file.Path)} writes
 * Projects.csv, Resources.csv, Schools.csv and Teachers.csv (RFC 4180, UTF-8, CRLF records, multi-line quoted
 * essays with the {@code <!--DONOTREMOVEESSAYDIVIDER-->} marker) and {@code truth.json}
 * ({@link org.trendfinder.pipeline.sample.Truth}). The background text is drawn from Zipf-ranked generic classroom
 * word lists and sentence templates; project volume grows 2.5 times over the history with a back-to-school peak,
 * summer low, holiday dips and quiet weekends. The planted terms are drawn with the seed from a pool disjoint from
 * the background words: three SUDDEN and two GRADUAL current trends, an ENDED_SPIKE, two SEASONAL_DECOYs and a
 * SINGLE_TEACHER_DECOY, each concentrated in one state or big-metro county and in one metro type, grade or poverty
 * level. About 0.8 % of project rows are bad, in five kinds ({@link org.trendfinder.pipeline.sample.BadRowKind}).
 *
 * <p>Nothing here may be used by the product itself: it must find trends in data with any vocabulary.
 */
package org.trendfinder.pipeline.sample;
