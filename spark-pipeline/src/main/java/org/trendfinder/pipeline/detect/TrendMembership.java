package org.trendfinder.pipeline.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Collection;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.trendfinder.pipeline.input.ProjectColumns;
import org.trendfinder.pipeline.text.TermExtractor;

/**
 * Which projects (of any date) contain which reported trend: one analysis pass over the projects,
 * matching each project's terms against the trend keys. The plots that slice a trend by state, grade or
 * subject join on this.
 */
public final class TrendMembership {

    public static final String SLUG = "slug";
    public static final StructType SCHEMA = new StructType()
            .add(ProjectColumns.PROJECT_ID, DataTypes.StringType, false)
            .add(SLUG, DataTypes.StringType, false);

    private TrendMembership() {
    }

    /** (project_id string, slug string) for every project containing a trend's key. */
    public static Dataset<Row> of(AnalyzedTexts projects, Collection<Trend> trends, DetectionParams params) {
        projects.requireFields(params.fields());
        Map<String, List<String>> slugsByKey = new HashMap<>();
        Set<String> words = new HashSet<>();
        for (Trend trend : trends) {
            slugsByKey.computeIfAbsent(trend.key(), k -> new ArrayList<>()).add(trend.slug());
            words.addAll(List.of(trend.key().split(" ")));
        }
        int maxNgram = params.maxNgram();
        JavaRDD<Row> rows = projects.rows().javaRDD().mapPartitions(it -> {
            List<Row> out = new ArrayList<>();
            if (slugsByKey.isEmpty()) {
                return out.iterator();
            }
            try (TermExtractor extractor = TermExtractor.overAnalyzed(maxNgram, words)) {
                while (it.hasNext()) {
                    Row row = it.next();
                    for (String key : extractor.distinctTerms(ProjectTexts.texts(row)).keySet()) {
                        List<String> slugs = slugsByKey.get(key);
                        if (slugs != null) {
                            for (String slug : slugs) {
                                out.add(RowFactory.create(row.getString(ProjectTexts.ID), slug));
                            }
                        }
                    }
                }
            }
            return out.iterator();
        });
        return projects.rows().sparkSession().createDataFrame(rows, SCHEMA);
    }
}
