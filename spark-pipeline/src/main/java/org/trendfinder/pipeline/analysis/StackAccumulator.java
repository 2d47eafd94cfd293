package org.trendfinder.pipeline.analysis;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * One aggregate of the {@link ProjectStack}, built in {@link StackPass}: each partition adds its rows to an empty
 * accumulator, the partitions' accumulators are merged, and the merged one gives the aggregate. The state is nested
 * {@link HashMap}s whose leaves are counts ({@code long[]}, summed element by element) or lists (concatenated):
 * task results go through Kryo, which builds maps, strings, boxed numbers and arrays but not records.
 *
 * @param <A> the accumulator itself
 * @param <R> the aggregate it gives
 */
abstract class StackAccumulator<A extends StackAccumulator<A, R>, R> implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Makes empty accumulators in the tasks: serializable, so it holds only what they are made of. */
    @FunctionalInterface
    interface Factory<A> extends Serializable, Supplier<A> {
    }

    /** Counts one stack row. */
    abstract void add(StackRow row);

    /** Adds {@code other}'s rows to this accumulator's; returns this one. */
    abstract A merge(A other);

    /** The aggregate of every row added or merged (called once, on the driver). */
    abstract R result();

    /** An accumulator whose state is one tree of nested maps, merged leaf by leaf. */
    abstract static class OfTree<A extends OfTree<A, R>, R> extends StackAccumulator<A, R> {
        private static final long serialVersionUID = 1L;
        final HashMap<Object, Object> tree = new HashMap<>();

        @Override
        @SuppressWarnings("unchecked")
        final A merge(A other) {
            mergeNested(tree, other.tree);
            return (A) this;
        }

        /** Calls {@code leaf} with the keys leading to each leaf {@code depth} levels down, and the leaf. */
        final void forEachLeaf(int depth, BiConsumer<Object[], Object> leaf) {
            walk(tree, new Object[depth], 0, leaf);
        }

        @SuppressWarnings("unchecked")
        private static void walk(Map<Object, Object> level, Object[] path, int at, BiConsumer<Object[], Object> leaf) {
            level.forEach((key, value) -> {
                path[at] = key;
                if (at == path.length - 1) {
                    leaf.accept(path, value);
                } else {
                    walk((Map<Object, Object>) value, path, at + 1, leaf);
                }
            });
        }
    }

    /** The map under {@code key} in {@code map}, made on first use. */
    @SuppressWarnings("unchecked")
    static HashMap<Object, Object> level(HashMap<Object, Object> map, Object key) {
        return (HashMap<Object, Object>) map.computeIfAbsent(key, k -> new HashMap<>());
    }

    /** The counts at {@code path} under {@code root} ({@code width} of them, zero at first), made on first use. */
    @SuppressWarnings("unchecked")
    static long[] counts(HashMap<Object, Object> root, int width, Object... path) {
        HashMap<Object, Object> level = root;
        for (int i = 0; i < path.length - 1; i++) {
            level = level(level, path[i]);
        }
        return (long[]) level.computeIfAbsent(path[path.length - 1], k -> new long[width]);
    }

    /** The list at {@code path} under {@code root}, made on first use. */
    @SuppressWarnings("unchecked")
    static <T> ArrayList<T> list(HashMap<Object, Object> root, Object... path) {
        HashMap<Object, Object> level = root;
        for (int i = 0; i < path.length - 1; i++) {
            level = level(level, path[i]);
        }
        return (ArrayList<T>) level.computeIfAbsent(path[path.length - 1], k -> new ArrayList<T>());
    }

    /** Adds the leaves of {@code from} to those of {@code into}, level by level. */
    @SuppressWarnings("unchecked")
    static void mergeNested(Map<Object, Object> into, Map<Object, Object> from) {
        from.forEach((key, value) -> {
            Object mine = into.get(key);
            if (mine == null) {
                into.put(key, value);
            } else if (mine instanceof long[] counts) {
                long[] theirs = (long[]) value;
                for (int i = 0; i < counts.length; i++) {
                    counts[i] += theirs[i];
                }
            } else if (mine instanceof ArrayList<?> list) {
                ((ArrayList<Object>) list).addAll((ArrayList<Object>) value);
            } else {
                mergeNested((Map<Object, Object>) mine, (Map<Object, Object>) value);
            }
        });
    }
}
