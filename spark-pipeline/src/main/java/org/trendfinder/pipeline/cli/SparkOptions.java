package org.trendfinder.pipeline.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options every Spark command shares (a picocli mixin). */
public final class SparkOptions {

    @Mixin
    MasterOption master = new MasterOption(MasterOption.AUTO);

    @Option(names = "--spark-conf", paramLabel = "KEY=VALUE", mapFallbackValue = "",
            description = "Extra Spark or Hadoop settings (repeatable), e.g. spark.hadoop.fs.s3a.endpoint=http://...")
    Map<String, String> conf = new LinkedHashMap<>();

    /** The master to set, or null to leave it to spark-submit (else all local cores). */
    public String master() {
        return master.url();
    }

    public Map<String, String> conf() {
        return conf;
    }
}
