package org.trendfinder.emr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trendfinder.emr.Scripts.flagValue;
import static org.trendfinder.emr.Scripts.strings;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The EventBridge schedule, the crontab and the local runner it calls. */
class SchedulesTest {

    @TempDir
    Path temp;

    @Test
    void theScheduleAddsAStepToTheClusterInTheStatedZone() {
        Scripts.DryRun dryRun = Scripts.run("bin/create-schedule.sh", "--dry-run").dryRun();
        List<String> command = dryRun.onlyCommand();
        assertThat(command.subList(3, 5)).containsExactly("scheduler", "create-schedule");
        assertThat(flagValue(command, "--cli-input-json")).startsWith("file:///").endsWith("schedule.json");

        JsonNode schedule = dryRun.file("schedule.json");
        assertThat(schedule.get("Name").asText()).isEqualTo("test-schedule");
        assertThat(schedule.get("ScheduleExpression").asText()).isEqualTo("rate(14 days)");
        assertThat(schedule.get("ScheduleExpressionTimezone").asText()).isEqualTo("America/New_York");
        // 06:00 in New York in July is EDT, UTC-4.
        assertThat(schedule.get("StartDate").asText()).isEqualTo("2026-07-06T06:00:00-04:00");
        JsonNode target = schedule.get("Target");
        assertThat(target.get("Arn").asText()).isEqualTo("arn:aws:scheduler:::aws-sdk:emr:addJobFlowSteps");
        assertThat(target.get("RoleArn").asText()).isEqualTo("arn:aws:iam::210987654321:role/TestSchedulerRole");

        JsonNode input = Scripts.readJson(target.get("Input").asText(), "Target.Input");
        assertThat(input.get("JobFlowId").asText()).isEqualTo("j-TEST123");
        JsonNode step = input.get("Steps").get(0);
        assertThat(step.at("/HadoopJarStep/Jar").asText()).isEqualTo("command-runner.jar");
        assertThat(strings(step.at("/HadoopJarStep/Args"))).contains("<aws.scheduler.scheduled-time>",
                "America/New_York", "s3://tf-test-bucket/deploy/trendfinder-pipeline.jar");
        assertThat(schedule.toString()).doesNotContain("${TF_");
    }

    @Test
    void theScheduledStepTakesItsRunDateFromTheScheduledTimeInTheStatedZone() throws Exception {
        JsonNode schedule = Scripts.run("bin/create-schedule.sh", "--dry-run", "--mode", "classic").dryRun()
                .file("schedule.json");
        JsonNode input = Scripts.readJson(schedule.at("/Target/Input").asText(), "Target.Input");
        List<String> args = strings(input.at("/Steps/0/HadoopJarStep/Args"));

        // What EMR's command-runner would run, with the time EventBridge Scheduler substitutes: 03:30 UTC on
        // 8 December is still 7 December in New York. spark-submit is a stub that prints its arguments.
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path stub = bin.resolve("spark-submit");
        Files.writeString(stub, "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
        Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> command = new ArrayList<>();
        for (String arg : args) {
            command.add(arg.equals("<aws.scheduler.scheduled-time>") ? "2026-12-08T03:30:00Z" : arg);
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process process = builder.start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();

        List<String> submitted = Arrays.asList(output.split("\n"));
        assertThat(submitted.subList(0, 2)).containsExactly("--deploy-mode", "cluster");
        assertThat(flagValue(submitted, "--class")).isEqualTo("org.trendfinder.pipeline.Main");
        int jarAt = submitted.indexOf("s3://tf-test-bucket/deploy/trendfinder-pipeline.jar");
        assertThat(submitted.subList(jarAt + 1, submitted.size())).containsExactly("run",
                "--input", "s3a://tf-test-bucket/in/projects", "--output", "s3a://tf-test-bucket/trend-store",
                "--run-date", "2026-12-07", "--mode", "classic");
    }

    @Test
    void theScheduleRefusesBadSettings() {
        assertThat(Scripts.run("bin/create-schedule.sh", "--dry-run", "--expression", "every 14 days").refusal())
                .contains("schedule expression").contains("every 14 days");

        assertThat(Scripts.run("bin/create-schedule.sh", "--dry-run", "--start", "2026-02-30T06:00:00").refusal())
                .contains("schedule start");

        assertThat(Scripts.run("bin/create-schedule.sh", "--dry-run", "--set", "TF_EMR_CLUSTER_ID=").refusal())
                .contains("TF_EMR_CLUSTER_ID");
    }

    @Test
    void updateReplacesTheSchedule() {
        assertThat(Scripts.run("bin/create-schedule.sh", "--dry-run", "--update").dryRun().onlyCommand())
                .contains("update-schedule").doesNotContain("create-schedule");
    }

    @Test
    void theCrontabRunsTheLocalRunnerUnderFlockWithALogInTheSettingsZone() throws IOException {
        List<String> lines = Files.readAllLines(Scripts.MODULE.resolve("schedules/crontab"));
        List<String> entries = lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#") && !l.matches("^[A-Z_]+=.*"))
                .toList();
        assertThat(entries).hasSize(1);
        String[] fields = entries.get(0).split("\\s+", 6);
        assertThat(fields).hasSize(6);
        for (int i = 0; i < 5; i++) {
            assertThat(fields[i]).matches("[0-9*,/-]+");
        }
        assertThat(entries.get(0)).doesNotContain("%"); // cron turns % into a newline
        String command = fields[5];
        assertThat(command).startsWith("flock -n ").contains("bin/run-pipeline.sh --on-schedule")
                .containsPattern(">> \\S+\\.log 2>&1$");

        String zone = Scripts.flagValue(Arrays.asList(command.split("\\s+")), "--time-zone");
        assertThat(lines).contains("CRON_TZ=" + zone);
        assertThat(Files.readAllLines(Scripts.REPO.resolve("conf/emr.env"))).contains("TF_TIME_ZONE=" + zone);
    }

    @Test
    void theLocalRunnerSubmitsToLocalSparkOnlyOnRunDays() {
        // The test settings anchor the schedule on 2026-01-05, every 14 days.
        Scripts.Result runDay = Scripts.run("bin/run-pipeline.sh", "--dry-run", "--on-schedule", "--run-date", "2026-02-02");
        List<String> command = runDay.dryRun().onlyCommand();
        assertThat(command.get(0)).isEqualTo("spark-submit");
        assertThat(flagValue(command, "--master")).isEqualTo("local[2]");
        assertThat(flagValue(command, "--properties-file")).isEqualTo("/srv/tf/conf/spark-defaults.conf");
        assertThat(flagValue(command, "--driver-java-options"))
                .isEqualTo("-Dlog4j2.configurationFile=file:/srv/tf/conf/log4j2.properties");
        int jarAt = command.indexOf("/srv/tf/trendfinder-pipeline.jar");
        assertThat(command.subList(jarAt + 1, command.size())).containsExactly("run",
                "--input", "s3a://tf-test-bucket/in/projects", "--output", "s3a://tf-test-bucket/trend-store",
                "--run-date", "2026-02-02");

        // The day after a run day, the day before one, and a date before the anchor.
        for (String offDay : List.of("2026-02-03", "2026-01-18", "2025-12-22")) {
            Scripts.Result result = Scripts.run("bin/run-pipeline.sh", "--dry-run", "--on-schedule", "--run-date", offDay);
            assertThat(result.exitCode()).isZero();
            assertThat(result.stdout()).contains("not a run day").doesNotContain("# command");
        }
    }

    @Test
    void theLocalRunnerReallyRunsSparkSubmitAndFailsWithIt() throws Exception {
        Path log = temp.resolve("args.txt");
        Path stub = temp.resolve("spark-submit");
        Files.writeString(stub, "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + log + "'\nexit \"${STUB_EXIT:-0}\"\n");
        Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwxr-xr-x"));

        Scripts.Result ok = Scripts.run("bin/run-pipeline.sh", "--set", "TF_SPARK_SUBMIT=" + stub, "--run-date", "2026-04-01",
                "--input", "/data/projects.csv", "--output", "/data/store");
        assertThat(ok.exitCode()).as(ok.stderr()).isZero();
        List<String> submitted = Files.readAllLines(log);
        assertThat(submitted.subList(submitted.size() - 7, submitted.size()))
                .containsExactly("run", "--input", "/data/projects.csv", "--output", "/data/store", "--run-date", "2026-04-01");
        assertThat(ok.stderr()).contains("TrendFinder run 2026-04-01");

        Scripts.Result failed = Scripts.run(Map.of("STUB_EXIT", "3"), "bin/run-pipeline.sh",
                "--set", "TF_SPARK_SUBMIT=" + stub, "--run-date", "2026-04-01");
        assertThat(failed.exitCode()).isEqualTo(3);
    }
}
