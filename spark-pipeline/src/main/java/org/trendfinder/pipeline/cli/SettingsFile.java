package org.trendfinder.pipeline.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The pipeline settings file ({@code --config conf/pipeline.properties}): keys are the long option names of
 * the command without dashes ({@code top-k = 25}); command-line flags override the file. An unknown key
 * stops start-up with a message naming it and the file; a bad value fails like the flag would.
 */
public final class SettingsFile {

    private final Path path;
    private final Properties values;

    private SettingsFile(Path path, Properties values) {
        this.path = path;
        this.values = values;
    }

    /** The file named by {@code --config FILE} or {@code --config=FILE} among the arguments, if any. */
    public static Optional<SettingsFile> fromArgs(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String file = null;
            if (args[i].equals("--config") && i + 1 < args.length) {
                file = args[i + 1];
            } else if (args[i].startsWith("--config=")) {
                file = args[i].substring("--config=".length());
            }
            if (file != null) {
                return Optional.of(load(Path.of(file)));
            }
        }
        return Optional.empty();
    }

    public static SettingsFile load(Path path) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read settings file " + path + ": " + e.getMessage(), e);
        }
        return new SettingsFile(path, p);
    }

    /** Validates the keys against the chosen subcommand's options and makes the values its defaults. */
    public void applyTo(CommandLine root, String[] args) {
        CommandLine sub = subcommand(root, args);
        CommandSpec spec = sub.getCommandSpec();
        Set<String> known = new TreeSet<>();
        for (OptionSpec o : spec.options()) {
            known.add(o.longestName().replaceFirst("^-+", ""));
        }
        for (String key : values.stringPropertyNames()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException(path + ": unknown setting '" + key + "' for command '"
                        + spec.name() + "'; known settings: " + known);
            }
        }
        // null means "no value here": picocli then falls back to the option's own default
        sub.setDefaultValueProvider(option -> option instanceof OptionSpec o
                ? values.getProperty(o.longestName().replaceFirst("^-+", ""))
                : null);
    }

    private static CommandLine subcommand(CommandLine root, String[] args) {
        for (String a : args) {
            CommandLine sub = root.getSubcommands().get(a);
            if (sub != null) {
                return sub;
            }
        }
        throw new IllegalArgumentException("--config needs a command (e.g. run --config FILE)");
    }
}
