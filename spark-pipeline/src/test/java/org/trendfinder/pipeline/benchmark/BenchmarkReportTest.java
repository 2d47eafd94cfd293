package org.trendfinder.pipeline.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class BenchmarkReportTest {

    @Test
    void eachTargetIsARatioMarkedMetOrNotMet() {
        Measured floor = new Measured(4.0, 1000, 100);
        BenchmarkReport report = new BenchmarkReport(400_000_000L);
        report.step("floor", floor);
        report.atMost("raw / floor", new Measured(18.0, 8, 900), floor, 5);       // 4.5: met
        report.atMost("parquet / floor", new Measured(14.0, 8, 900), floor, 3);   // 3.5: not met
        report.speedUp("ingest 2 cores", new Measured(50, 0, 0), new Measured(90, 0, 0), 1.6);  // 1.8: met

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.print(new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);

        assertThat(report.missed()).isEqualTo(1);
        assertThat(printed).contains("| floor | 4.0 | 100 | 100 |")
                .contains("| raw / floor | 4.50 | <= 5.00 | met |")
                .contains("| parquet / floor | 3.50 | <= 3.00 | NOT met |")
                .contains("| ingest 2 cores | 1.80 | >= 1.60 | met |")
                .contains("1 target(s) not met");
    }

    @Test
    void theFloorCountsWordsOfLettersAndDigits() {
        assertThat(TokenizeFloor.countWords("Flexible seating, 24 wobble-stools!")).isEqualTo(5);
        assertThat(TokenizeFloor.countWords("")).isZero();
    }
}
