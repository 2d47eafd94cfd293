package org.trendfinder.pipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The job logs through SLF4J into Spark's Log4j 2. With the slf4j-api 1.7 that hadoop-client-runtime declares,
 * SLF4J 1.x does not see Log4j's SLF4J 2 provider and silently drops every line (the NOP logger): the local jar,
 * whose class path is the same dependency set, printed none of TrendFinder's progress and the test cluster's
 * master and workers logged nothing.
 */
class LoggingBindingTest {

    @Test
    void slf4jIsBoundToLog4j() {
        assertThat(LoggerFactory.getILoggerFactory().getClass().getName()).startsWith("org.apache.logging.slf4j.");
    }
}
