package org.trendfinder.emr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the operator scripts as a person would (bash, real files) and reads what their dry runs print. */
final class Scripts {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Path REPO = Paths.get(System.getProperty("trendfinder.repo.dir", "..")).toAbsolutePath().normalize();
    static final Path MODULE = REPO.resolve("emr-bootstrap");
    static final Path TEST_CONF = resource("test-emr.env");

    private Scripts() {
    }

    /** What a script did: its exit code and both output streams. */
    record Result(int exitCode, String stdout, String stderr) {

        /** The error of a script that refused to run (tf_die: exit code 2): its stderr. */
        String refusal() {
            if (exitCode != 2) {
                throw new AssertionError("expected the script to refuse (exit 2), got " + exitCode + ": " + stderr);
            }
            return stderr;
        }

        DryRun dryRun() {
            if (exitCode != 0) {
                throw new AssertionError("script failed (" + exitCode + "): " + stderr);
            }
            return DryRun.parse(stdout);
        }
    }

    /**
     * A dry run's output: {@code # file: PATH} followed by one line of JSON, and {@code # command} followed by
     * one shell-quoted command line.
     */
    record DryRun(Map<String, JsonNode> files, List<List<String>> commands) {

        static DryRun parse(String stdout) {
            Map<String, JsonNode> files = new LinkedHashMap<>();
            List<List<String>> commands = new ArrayList<>();
            String[] lines = stdout.split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].startsWith("# file: ")) {
                    String name = Paths.get(lines[i].substring("# file: ".length())).getFileName().toString();
                    files.put(name, readJson(lines[++i], name));
                } else if (lines[i].equals("# command")) {
                    commands.add(shellWords(lines[++i]));
                }
            }
            return new DryRun(files, commands);
        }

        JsonNode file(String name) {
            JsonNode node = files.get(name);
            if (node == null) {
                throw new AssertionError("dry run printed no " + name + "; it printed " + files.keySet());
            }
            return node;
        }

        List<String> onlyCommand() {
            if (commands.size() != 1) {
                throw new AssertionError("expected one command, got " + commands);
            }
            return commands.get(0);
        }
    }

    static Result run(String script, String... args) {
        return run(Map.of(), script, args);
    }

    /** Runs emr-bootstrap/{script} with bash, the test settings file and extra environment. */
    static Result run(Map<String, String> env, String script, String... args) {
        if (onPath("jq").isEmpty()) {
            throw new AssertionError("the scripts need jq to build their JSON: apt-get install -y jq");
        }
        List<String> command = new ArrayList<>(List.of("bash", MODULE.resolve(script).toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(MODULE.toFile());
        builder.environment().put("TF_CONF", TEST_CONF.toString());
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(script + " did not finish in 60 s");
            }
            return new Result(process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static Optional<Path> onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Paths.get(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Today in a zone; the caller accepts the day before too, in case the test straddles midnight there. */
    static List<String> todayIn(String zone) {
        LocalDate today = LocalDate.now(ZoneId.of(zone));
        return List.of(today.toString(), today.minusDays(1).toString());
    }

    static JsonNode readJson(String text, String what) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError(what + " is not valid JSON: " + e.getMessage() + "\n" + text, e);
        }
    }

    /** The value after {@code flag} in a command line. */
    static String flagValue(List<String> command, String flag) {
        int at = command.indexOf(flag);
        if (at < 0 || at + 1 >= command.size()) {
            throw new AssertionError("no " + flag + " in " + command);
        }
        return command.get(at + 1);
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    /** Splits a line written by bash's printf %q: backslash escapes, no quotes (our arguments have no controls). */
    static List<String> shellWords(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
                inWord = true;
            } else if (c == ' ') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else if (c == '\'' && line.startsWith("''", i)) {
                // %q writes an empty argument as ''
                i++;
                inWord = true;
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private static String read(java.io.InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resource(String name) {
        try {
            return Paths.get(Scripts.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
