package org.trendfinder.pipeline.input;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A byte range of a multi-line CSV did not end between records: the quote count that placed the range starts
 * was misled (a stray quote inside an unquoted field flips its parity), or the file changed while it was read.
 * A task of the byte-range read throws it when its range's closing sentinel is swallowed by an open record;
 * {@link RawInputs#read} then plans the input again with such files read in one task.
 */
final class MisplacedCsvRange extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MisplacedCsvRange(String path, long start, long end) {
        super(path + ": byte range " + start + ".." + end + " did not end between records (a stray quote in an "
                + "unquoted field, or the file changed while being read)");
    }

    /**
     * Whether a failure came from a misplaced range: a Spark job failure carries the task's exception as its
     * cause (or, from adaptive execution, among suppressed exceptions), or only its name in the message when
     * the exception could not be sent back.
     */
    static boolean isCauseOf(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        pending.push(failure);
        while (!pending.isEmpty()) {
            Throwable t = pending.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof MisplacedCsvRange
                    || (t.getMessage() != null && t.getMessage().contains(MisplacedCsvRange.class.getName()))) {
                return true;
            }
            if (t.getCause() != null) {
                pending.push(t.getCause());
            }
            for (Throwable s : t.getSuppressed()) {
                pending.push(s);
            }
        }
        return false;
    }
}
