package org.trendfinder.pipeline.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Turns a failed command into one clear line on stderr (the cause chain, no stack trace) and exit code 1. */
public final class CliErrors {

    private CliErrors() {
    }

    public static int report(Exception e, CommandLine cli, ParseResult parsed) {
        PrintWriter err = cli.getErr();
        err.println("error: " + describe(e));
        if (Boolean.getBoolean("trendfinder.debug") || !(e instanceof IllegalArgumentException
                || e.getClass().getSimpleName().endsWith("InputException"))) {
            err.println("(stack trace follows; set -Dtrendfinder.debug=false to hide)");
            e.printStackTrace(err);
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
