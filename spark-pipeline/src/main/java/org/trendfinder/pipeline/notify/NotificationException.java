package org.trendfinder.pipeline.notify;

/** The run summary could not be sent. The run itself stays published; callers log this and warn. */
public final class NotificationException extends Exception {

    public NotificationException(String message, Throwable cause) {
        super(message, cause);
    }

    public NotificationException(String message) {
        super(message);
    }
}
