package org.trendfinder.pipeline.analysis;

import java.util.List;

import org.apache.spark.sql.Row;

/**
 * The analyses' one pass over the {@link ProjectStack}: every aggregate of every plot from a single Spark job, as
 * Spark ML's summarizers do it (per-partition accumulators, merged in a tree). The rows are read once and never
 * cached. Seven groupBy aggregations over a cached stack did the same work before, each a Spark job of its own
 * whose planning, code generation and shuffle cost more than its counting (and the cache took as long again).
 */
final class StackPass {

    private StackPass() {
    }

    /**
     * Adds every project of {@code stack}, under {@link Aggregates#ALL} and under each of its trends, to a fresh
     * accumulator per partition and merges them. Each partition makes its own from {@code fresh}: an accumulator
     * captured by both the partition's closure and the merge's would be one object in the task, merged into itself.
     */
    static <A extends StackAccumulator<A, R>, R> R collect(ProjectStack stack, StackAccumulator.Factory<A> fresh) {
        StackRow.Reader reader = new StackRow.Reader(stack.rows().schema(), stack.routing());
        A merged = stack.rows().javaRDD().mapPartitions(rows -> {
            A partition = fresh.get();
            while (rows.hasNext()) {
                Row row = rows.next();
                StackRow project = reader.read(row);
                partition.add(project);
                for (String trend : reader.trends(row)) {
                    partition.add(project.under(trend));
                }
            }
            return List.of(partition).iterator();
        }).treeAggregate(fresh.get(), StackAccumulator::merge, StackAccumulator::merge, 2);
        return merged.result();
    }
}
