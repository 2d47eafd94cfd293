package org.trendfinder.pipeline.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failed command into one clear line on stderr (the cause chain) and exit code 1. The stack trace is
 * printed only when asked for with {@code -Dtrendfinder.debug=true}: an operator reads the line, a developer
 * chasing a bug asks for the trace.
 */
public final class CliErrors {

    static final String DEBUG_PROPERTY = "trendfinder.debug";

    private CliErrors() {
    }

    public static int report(Exception e, CommandLine cli, ParseResult parsed) {
        PrintWriter err = cli.getErr();
        err.println("error: " + describe(e));
        if (Boolean.getBoolean(DEBUG_PROPERTY)) {
            e.printStackTrace(err);
        } else if (!(e instanceof IllegalArgumentException || e.getClass().getSimpleName().endsWith("InputException"))) {
            err.println("(an unexpected error: run with -D" + DEBUG_PROPERTY + "=true for its stack trace)");
        }
        err.flush();
        return 1;
    }

    /** The message of the exception and of each distinct cause, joined. */
    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (text.indexOf(m) < 0) {
                if (!text.isEmpty()) {
                    text.append(": ");
                }
                text.append(m);
            }
        }
        return text.toString();
    }
}
