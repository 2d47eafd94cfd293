package org.trendfinder.dashboard.store;

import java.net.URI;
import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The dashboard's settings ({@code trendfinder.*} in conf/application.yml, packaged as the jar's
 * application.yml). Validated at start-up: a bad value
 * stops the app with a message naming the setting.
 *
 * @param store           where the trend store is: {@code file:///path}, a plain local path, or {@code s3://bucket/prefix}
 * @param s3              S3 client settings (only used for {@code s3://} stores)
 * @param refreshInterval how often the run list is re-read from the store (new runs appear without restart)
 * @param cache           the bounded cache of tables read from the store
 */
@Validated
@ConfigurationProperties("trendfinder")
public record DashboardProperties(
        @NotBlank(message = "trendfinder.store must name the trend store: file:///path or s3://bucket/prefix")
        @Pattern(regexp = "^(s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](/.*)?|file:.+|/.*|[^:]+)$",
                message = "trendfinder.store must be file:///path, a local path or s3://bucket/prefix")
        String store,
        @Valid @NotNull S3 s3,
        @NotNull @DurationMin(seconds = 1) @DefaultValue("5m") Duration refreshInterval,
        @Valid @NotNull Cache cache) {

    /**
     * @param region    AWS region of the bucket (the default region chain is used when blank)
     * @param endpoint  an S3-compatible endpoint (MinIO, S3Proxy, ...); blank for AWS
     * @param pathStyle path-style addressing ({@code http://host/bucket/key}), needed by most custom endpoints
     */
    public record S3(@DefaultValue("us-east-1") String region, URI endpoint, @DefaultValue("false") boolean pathStyle) {
    }

    /** @param maxEntries tables (trend lists, plots, manifests) kept in memory; the heap stays bounded by it */
    public record Cache(@Min(10) @Max(1_000_000) @DefaultValue("2000") int maxEntries) {
    }
}
