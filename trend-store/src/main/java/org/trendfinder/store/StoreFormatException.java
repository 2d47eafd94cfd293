package org.trendfinder.store;

/** A store file exists but cannot be understood: bad CSV, bad JSON, wrong columns. The message names the file. */
public class StoreFormatException extends RuntimeException {
    public StoreFormatException(String message) {
        super(message);
    }

    public StoreFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
