package org.trendfinder.store.testing;

/** What a {@link FaultProxy} did to one request. */
public enum Fault {
    /** Forwarded untouched. */
    NONE,
    /** The client's connection was reset (RST) after its request head arrived; S3 never saw the request. */
    RESET_BEFORE_UPSTREAM,
    /**
     * S3 got the request head and about half of its body, then both connections were reset (requests without a
     * body get {@link #RESET_BEFORE_UPSTREAM} instead).
     */
    RESET_MID_REQUEST,
    /** S3 handled the request, then the client's connection was reset part-way through the response head. */
    RESET_MID_RESPONSE,
    /** Answered {@code 503 SlowDown} without reaching S3. */
    SLOW_DOWN_503,
    /** Answered {@code 500 InternalError} without reaching S3. */
    INTERNAL_ERROR_500,
    /** Forwarded after the plan's delay. */
    DELAYED;

    /** True when S3 may have applied the request (so a retry repeats it). */
    public boolean reachedServer() {
        return this == NONE || this == RESET_MID_RESPONSE || this == DELAYED;
    }
}
