package org.trendfinder.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trendfinder.pipeline.Main;

/** The command line's contract: help everywhere, usage errors exit 2, bad values exit before any Spark work. */
class CommandLineTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(new PrintWriter(err, true), args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest", "run", "generate-sample", "demo", "benchmark"})
    void everyCommandHasHelp(String command) {
        assertThat(run(command, "--help")).isZero();
    }

    @Test
    void aMissingCommandOrRequiredOptionIsAUsageError() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("run", "--output", "x", "--run-date", "2018-05-01")).isEqualTo(2);
        assertThat(err.toString()).contains("--input");
    }

    @Test
    void aBadRunDateFailsBeforeAnyWorkNamingTheValue() {
        assertThat(run("run", "--input", "in", "--output", "out", "--run-date", "2018-13-01")).isEqualTo(1);
        assertThat(err.toString()).contains("not a date").contains("2018-13-01");
    }

    @Test
    void aBadModeOrTextFieldIsNamed() {
        assertThat(run("run", "--input", "in", "--output", "out", "--run-date", "2018-05-01", "--mode", "fast"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("--mode must be default or classic");
        assertThat(run("run", "--input", "in", "--output", "out", "--run-date", "2018-05-01", "--text", "poems"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("unknown text field 'poems'");
    }

    @Test
    void anUnknownSettingStopsStartUpNamingItAndTheFile() throws Exception {
        Path settings = dir.resolve("pipeline.properties");
        Files.writeString(settings, "top-k = 10\ntop_kk = 3\n");
        assertThat(run("run", "--config", settings.toString(), "--input", "in", "--output", "out", "--run-date",
                "2018-05-01")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown setting 'top_kk'").contains(settings.toString());
    }

    @Test
    void aBadSettingValueIsNamed() throws Exception {
        Path settings = dir.resolve("pipeline.properties");
        Files.writeString(settings, "top-k = many\n");
        assertThat(run("run", "--config", settings.toString(), "--input", "in", "--output", "out", "--run-date",
                "2018-05-01")).isEqualTo(2);
        assertThat(err.toString()).contains("--top-k").contains("many");
    }

    @Test
    void theShippedSettingsFileIsValid() {
        Path shipped = Path.of("..", "conf", "pipeline.properties");
        // a valid file gets as far as the run date check, which fails on purpose here
        assertThat(run("run", "--config", shipped.toString(), "--input", "in", "--output", "out", "--run-date",
                "not-a-date")).isEqualTo(1);
        assertThat(err.toString()).contains("not a date").doesNotContain("unknown setting");
    }
}
