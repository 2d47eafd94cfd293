package org.trendfinder.emr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What holds for every script and every configuration file. */
class ScriptHygieneTest {

    private static final Map<String, String> COMMITTER = Map.of(
            "spark.sql.sources.commitProtocolClass", "org.apache.spark.internal.io.cloud.PathOutputCommitProtocol",
            "spark.sql.parquet.output.committer.class", "org.apache.spark.internal.io.cloud.BindingParquetOutputCommitter",
            "spark.hadoop.fs.s3a.committer.name", "magic",
            "spark.hadoop.fs.s3a.committer.magic.enabled", "true");

    static List<Path> scripts() throws IOException {
        List<Path> scripts = new ArrayList<>();
        for (String dir : List.of("bin", "bootstrap", "lib")) {
            try (Stream<Path> files = Files.list(Scripts.MODULE.resolve(dir))) {
                files.filter(p -> p.toString().endsWith(".sh")).sorted().forEach(scripts::add);
            }
        }
        return scripts;
    }

    static List<Path> runnableScripts() throws IOException {
        return scripts().stream().filter(p -> !p.getParent().endsWith("lib")).toList();
    }

    @ParameterizedTest
    @MethodSource("runnableScripts")
    void helpExplainsTheScriptAndExitsZero(Path script) {
        Scripts.Result result = Scripts.run(Scripts.MODULE.relativize(script).toString(), "--help");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).startsWith("Usage: " + script.getFileName()).contains("--dry-run");
    }

    @ParameterizedTest
    @MethodSource("runnableScripts")
    void isAStrictBashScriptThatCanBeRun(Path script) throws IOException {
        List<String> lines = Files.readAllLines(script);
        assertThat(lines.get(0)).isEqualTo("#!/usr/bin/env bash");
        assertThat(lines).contains("set -euo pipefail");
        assertThat(script).isExecutable();
    }

    @Test
    void theScriptsShareOneLibrary() throws IOException {
        for (Path script : runnableScripts()) {
            if (script.getParent().endsWith("bin")) {
                assertThat(Files.readString(script)).contains("source \"$(dirname \"${BASH_SOURCE[0]}\")/../lib/common.sh\"");
            }
        }
    }

    @Test
    void shellcheckFindsNothing() throws Exception {
        Optional<Path> shellcheck = Scripts.onPath("shellcheck");
        if (shellcheck.isEmpty() && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("shellcheck is not installed (apt-get install -y shellcheck); CI=true: the lint "
                    + "must run");
        }
        if (shellcheck.isEmpty()) {
            System.out.println("shellcheck is not installed (apt-get install -y shellcheck): skipping the lint");
        }
        assumeTrue(shellcheck.isPresent(), "shellcheck is not installed");
        List<String> command = new ArrayList<>(List.of(shellcheck.get().toString(), "--external-sources"));
        scripts().forEach(p -> command.add(p.toString()));
        Process process = new ProcessBuilder(command).directory(Scripts.MODULE.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    @Test
    void everyJsonFileParses() throws IOException {
        List<Path> json = new ArrayList<>();
        for (Path root : List.of(Scripts.MODULE, Scripts.REPO.resolve("conf"))) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(p -> p.toString().endsWith(".json"))
                        .filter(p -> !Scripts.MODULE.relativize(p.toAbsolutePath()).startsWith("target"))
                        .forEach(json::add);
            }
        }
        assertThat(json).hasSizeGreaterThanOrEqualTo(11);
        for (Path file : json) {
            Scripts.readJson(Files.readString(file), file.toString());
        }
    }

    @Test
    void localAndEmrSparkDefaultsAgreeOnTheMagicCommitter() throws IOException {
        Properties local = new Properties();
        try (Reader reader = Files.newBufferedReader(Scripts.REPO.resolve("conf/spark-defaults.conf"))) {
            local.load(reader); // key<whitespace>value, as spark-defaults.conf is read
        }
        JsonNode emr = Scripts.JSON.readTree(Scripts.REPO.resolve("conf/spark-defaults-emr.json").toFile());
        JsonNode emrDefaults = emr.get(0).get("Properties");
        assertThat(emr.get(0).get("Classification").asText()).isEqualTo("spark-defaults");
        COMMITTER.forEach((key, value) -> {
            assertThat(local.getProperty(key)).as("conf/spark-defaults.conf " + key).isEqualTo(value);
            assertThat(emrDefaults.path(key).asText()).as("conf/spark-defaults-emr.json " + key).isEqualTo(value);
        });
        for (String key : List.of("spark.driver.extraJavaOptions", "spark.executor.extraJavaOptions")) {
            assertThat(local.getProperty(key)).contains("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED");
            assertThat(emrDefaults.path(key).asText()).contains("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED");
        }
        assertThat(local.keySet()).noneMatch(k -> k.toString().contains("secret") || k.toString().contains("access.key"));
    }

    @Test
    void logsSparkAtWarnAndTrendFinderAtInfo() throws IOException {
        Properties log4j = new Properties();
        try (Reader reader = Files.newBufferedReader(Scripts.REPO.resolve("conf/log4j2.properties"))) {
            log4j.load(reader);
        }
        assertThat(log4j.getProperty("rootLogger.level")).isEqualTo("warn");
        assertThat(log4j.getProperty("logger.trendfinder.name")).isEqualTo("org.trendfinder");
        assertThat(log4j.getProperty("logger.trendfinder.level")).isEqualTo("info");

        JsonNode emrLog4j = Scripts.JSON.readTree(Scripts.REPO.resolve("conf/spark-defaults-emr.json").toFile())
                .get(1).get("Properties");
        assertThat(emrLog4j.get("rootLogger.level").asText()).isEqualTo("warn");
        assertThat(emrLog4j.get("logger.trendfinder.level").asText()).isEqualTo("info");
    }

    @Test
    void theSettingsFileHoldsNoSecrets() throws IOException {
        for (Path file : List.of(Scripts.REPO.resolve("conf/emr.env"), Scripts.TEST_CONF)) {
            String text = Files.readString(file);
            assertThat(text).doesNotContainPattern("(?i)(secret|password|aws_access_key_id|aws_session_token)\\s*=")
                    .doesNotContainPattern("AKIA[0-9A-Z]{16}");
        }
    }

    @Test
    void missingSettingsFileFailsClearly() {
        assertThat(Scripts.run("bin/add-step.sh", "--dry-run", "--conf", "/nonexistent/emr.env").refusal())
                .contains("settings file not found: /nonexistent/emr.env");
    }
}
