package org.trendfinder.pipeline.analysis;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.trendfinder.pipeline.analysis.ProjectStack.SLUG;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Projects matching each metro county (all projects, any date): a county no project matches is probably
 * misspelt, and the run manifest says so.
 *
 * @param byCounty county -> projects (read-only)
 */
record CountyMatches(Map<MetroCounties.County, Long> byCounty) {

    long of(MetroCounties.County county) {
        return byCounty.getOrDefault(county, 0L);
    }

    /** One Spark job, none without counties. */
    static CountyMatches collect(Dataset<Row> stacked, List<MetroCounties.County> counties) {
        Map<MetroCounties.County, Long> byCounty = new HashMap<>();
        if (counties.isEmpty()) {
            return new CountyMatches(FrozenMaps.frozen(byCounty));
        }
        List<Column> aggs = new ArrayList<>();
        for (int i = 0; i < counties.size(); i++) {
            aggs.add(sum(when(GeoSplit.inCounty(counties.get(i)), 1L).otherwise(0L)).as("c" + i));
        }
        Row r = stacked.where(col(SLUG).equalTo(lit(Aggregates.ALL)))
                .agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new)).first();
        for (int i = 0; i < counties.size(); i++) {
            byCounty.put(counties.get(i), r.isNullAt(i) ? 0L : r.getLong(i));
        }
        return new CountyMatches(FrozenMaps.frozen(byCounty));
    }
}
