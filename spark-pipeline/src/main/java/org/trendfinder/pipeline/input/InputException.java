package org.trendfinder.pipeline.input;

/**
 * The input cannot be used at all (a file or a required column is missing, the folder is neither raw nor
 * ingested). Thrown before any output is written, so the caller can stop without publishing anything.
 * Bad rows never cause it: they are rejected and counted instead.
 */
public class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
