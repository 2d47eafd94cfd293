package org.trendfinder.emr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bootstrap/install-trendfinder.sh, run for real against a stand-in {@code aws} that serves s3://bucket/key
 * from a local folder, so what is checked is the files it leaves on the "node".
 */
class BootstrapActionTest {

    private static final String SCRIPT = "bootstrap/install-trendfinder.sh";

    @TempDir
    Path temp;
    Path s3;
    Path node;
    Map<String, String> env;

    @BeforeEach
    void fakeS3AndNode() throws IOException {
        s3 = Files.createDirectories(temp.resolve("s3"));
        node = temp.resolve("home/hadoop/trendfinder");
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path aws = bin.resolve("aws");
        Files.writeString(aws, """
                #!/bin/sh
                # aws s3 cp|sync [--only-show-errors] s3://SRC DST, served from $FAKE_S3
                set -e
                [ "$1" = s3 ] || exit 64
                op=$2; shift 2
                [ "$1" = --only-show-errors ] && shift
                src="$FAKE_S3/${1#s3://}"
                echo "$op $1 $2" >> "$FAKE_S3/calls.log"
                case "$op" in
                  cp) cp "$src" "$2" ;;
                  sync) mkdir -p "$2"; cp -R "$src". "$2" ;;
                  *) exit 64 ;;
                esac
                """);
        Files.setPosixFilePermissions(aws, PosixFilePermissions.fromString("rwxr-xr-x"));
        env = Map.of("PATH", bin + ":" + System.getenv("PATH"), "FAKE_S3", s3.toString());
        publish("trendfinder-pipeline.jar", "jar v1");
        publish("conf/log4j2.properties", "rootLogger.level = warn\n");
    }

    @Test
    void installsTheJarAndConfAndPointsAtJava17() throws IOException {
        Scripts.Result result = install();
        assertThat(result.exitCode()).as(result.stderr()).isZero();

        assertThat(node.resolve("lib/trendfinder-pipeline.jar")).hasContent("jar v1");
        assertThat(node.resolve("conf/log4j2.properties")).hasContent("rootLogger.level = warn");
        assertThat(node.resolve("lib/trendfinder-pipeline.jar.part")).doesNotExist();
        String env = Files.readString(node.resolve("env.sh"));
        assertThat(env).startsWith("export JAVA_HOME=/usr/lib/jvm/");
        Path java = Path.of(env.substring("export JAVA_HOME=".length()).trim(), "bin", "java");
        assertThat(java).isExecutable();
        assertThat(java.toString()).contains("17");
    }

    @Test
    void aSecondRunUpdatesFilesAndDeletesNothing() throws IOException {
        assertThat(install().exitCode()).isZero();
        Files.writeString(node.resolve("conf/operator-notes.txt"), "kept");
        publish("trendfinder-pipeline.jar", "jar v2");

        Scripts.Result again = install();
        assertThat(again.exitCode()).as(again.stderr()).isZero();
        assertThat(node.resolve("lib/trendfinder-pipeline.jar")).hasContent("jar v2");
        assertThat(node.resolve("conf/operator-notes.txt")).hasContent("kept");
        assertThat(node.resolve("conf/log4j2.properties")).exists();
    }

    @Test
    void aFailedDownloadLeavesTheInstalledJarAlone() throws IOException {
        assertThat(install().exitCode()).isZero();
        Files.delete(s3.resolve("bucket/app/trendfinder-pipeline.jar"));

        assertThat(install().exitCode()).isNotZero();
        assertThat(node.resolve("lib/trendfinder-pipeline.jar")).hasContent("jar v1");
    }

    @Test
    void dryRunPrintsTheCopiesAndTouchesNothing() {
        Scripts.Result result = Scripts.run(env, SCRIPT, "--dry-run", "--app-uri", "s3://bucket/app", "--dest", node.toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout())
                .contains("aws s3 cp --only-show-errors s3://bucket/app/trendfinder-pipeline.jar " + node + "/lib/trendfinder-pipeline.jar.part")
                .contains("aws s3 sync --only-show-errors s3://bucket/app/conf/ " + node + "/conf/");
        assertThat(node).doesNotExist();
        assertThat(s3.resolve("calls.log")).doesNotExist();
    }

    @Test
    void refusesAMissingOrNonS3AppUri() {
        assertThat(Scripts.run(env, SCRIPT, "--dest", node.toString()).refusal()).contains("--app-uri is required");

        assertThat(Scripts.run(env, SCRIPT, "--app-uri", "/tmp/app").refusal())
                .contains("s3:// URI").contains("/tmp/app");
    }

    private Scripts.Result install() {
        return Scripts.run(env, SCRIPT, "--app-uri", "s3://bucket/app/", "--dest", node.toString());
    }

    private void publish(String key, String content) throws IOException {
        Path file = s3.resolve("bucket/app").resolve(key);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
