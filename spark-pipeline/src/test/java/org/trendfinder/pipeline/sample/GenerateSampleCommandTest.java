package org.trendfinder.pipeline.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class GenerateSampleCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new GenerateSampleCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void writesTheFourFilesAndTheTruth(@TempDir Path dir) throws IOException {
        int code = run("--output", dir.toString(), "--projects", "1500", "--seed", "9", "--end-date", "2017-06-30",
                "--years", "2");
        assertThat(code).as(err.toString()).isZero();
        for (String f : new String[]{"Projects.csv", "Resources.csv", "Schools.csv", "Teachers.csv", "truth.json"}) {
            assertThat(dir.resolve(f)).isNotEmptyFile();
        }
        Truth truth = Truth.read(dir.resolve(Truth.FILE_NAME));
        assertThat(truth.endDate()).isEqualTo("2017-06-30");
        assertThat(truth.startDate()).isEqualTo("2015-07-01");
        assertThat(truth.projectRows()).isEqualTo(1500);
        assertThat(out.toString()).contains("Projects.csv").contains("1,500 project rows").contains("MB/s");
        assertThat(Files.readString(dir.resolve(Truth.FILE_NAME))).contains("\"shape\" : \"SUDDEN\"");
    }

    @Test
    void helpExitsCleanly() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("generate-sample").contains("--end-date").contains("--seed");
    }

    @Test
    void badArgumentsGoToStderrWithANonZeroExit(@TempDir Path dir) {
        assertThat(run("--output", dir.toString(), "--projects", "10")).isNotZero();
        assertThat(err.toString()).contains("projects must be at least");
        assertThat(run("--output", dir.toString(), "--end-date", "yesterday")).isNotZero();
        assertThat(err.toString()).contains("--end-date");
    }

    @Test
    void anOutputThatIsAFileIsRefused(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        assertThat(run("--output", file.toString(), "--projects", "600")).isNotZero();
        assertThat(err.toString()).contains("is not a directory");
    }
}
