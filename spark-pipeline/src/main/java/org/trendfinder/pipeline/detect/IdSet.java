package org.trendfinder.pipeline.detect;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A set of ids (projects, teachers, schools), each kept as a 64-bit hash of its id in an open-addressing table: 8 to 16 bytes a
 * project instead of ~100 for a {@code HashSet<String>}, which matters because every rising term of a
 * window keeps one. Two different ids share a hash with probability ~1e-19 a pair: negligible
 * against the millions of pairs a run compares.
 */
final class IdSet implements Serializable {

    private static final long EMPTY = 0L;
    private long[] slots = new long[8];
    private int size;
    private boolean hasZero;

    static long hash(String projectId) {
        // 64-bit FNV-1a over the UTF-16 chars, then a finalizer to spread the bits across the table
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < projectId.length(); i++) {
            h ^= projectId.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    void add(String projectId) {
        addHash(hash(projectId));
    }

    void addHash(long h) {
        if (h == EMPTY) {
            if (!hasZero) {
                hasZero = true;
                size++;
            }
            return;
        }
        if ((size + 1) * 2L > slots.length) {
            grow();
        }
        if (insert(slots, h)) {
            size++;
        }
    }

    boolean containsHash(long h) {
        if (h == EMPTY) {
            return hasZero;
        }
        int mask = slots.length - 1;
        for (int i = (int) h & mask; ; i = (i + 1) & mask) {
            if (slots[i] == EMPTY) {
                return false;
            }
            if (slots[i] == h) {
                return true;
            }
        }
    }

    int size() {
        return size;
    }

    void addAll(IdSet other) {
        other.forEach(this::addHash);
    }

    /** Projects in both sets. */
    int intersectionSize(IdSet other) {
        IdSet small = size <= other.size ? this : other;
        IdSet large = small == this ? other : this;
        int[] count = {0};
        small.forEach(h -> {
            if (large.containsHash(h)) {
                count[0]++;
            }
        });
        return count[0];
    }

    void forEach(java.util.function.LongConsumer action) {
        if (hasZero) {
            action.accept(EMPTY);
        }
        for (long h : slots) {
            if (h != EMPTY) {
                action.accept(h);
            }
        }
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long h : slots) {
            if (h != EMPTY) {
                insert(bigger, h);
            }
        }
        slots = bigger;
    }

    private static boolean insert(long[] table, long h) {
        int mask = table.length - 1;
        for (int i = (int) h & mask; ; i = (i + 1) & mask) {
            if (table[i] == EMPTY) {
                table[i] = h;
                return true;
            }
            if (table[i] == h) {
                return false;
            }
        }
    }

    @Override
    public String toString() {
        return "IdSet[" + size + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdSet p && p.size == size && p.intersectionSize(this) == size;
    }

    @Override
    public int hashCode() {
        long[] sorted = new long[size];
        int[] i = {0};
        forEach(h -> sorted[i[0]++] = h);
        Arrays.sort(sorted);
        return Arrays.hashCode(sorted);
    }
}
