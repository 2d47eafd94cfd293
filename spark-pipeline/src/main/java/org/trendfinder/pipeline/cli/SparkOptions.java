package org.trendfinder.pipeline.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Option;

/** Options every Spark command shares (a picocli mixin). */
public final class SparkOptions {

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[4] or spark://host:7077. Default: the one spark-submit set, "
                    + "else all local cores.")
    String master;

    @Option(names = "--spark-conf", paramLabel = "KEY=VALUE", mapFallbackValue = "",
            description = "Extra Spark or Hadoop settings (repeatable), e.g. spark.hadoop.fs.s3a.endpoint=http://...")
    Map<String, String> conf = new LinkedHashMap<>();

    public String master() {
        return master;
    }

    public Map<String, String> conf() {
        return conf;
    }
}
