package org.trendfinder.store.testing;

import java.util.Map;
import java.util.Optional;

/**
 * One request a {@link FaultProxy} saw.
 *
 * @param seq        arrival order, from 0
 * @param method     HTTP method
 * @param bucket     the bucket (path-style), empty for the service root
 * @param key        the decoded object key, empty for bucket-level requests
 * @param params     decoded query parameters (e.g. {@code list-type}, {@code prefix}, {@code delimiter},
 *                   {@code continuation-token}, {@code max-keys}, {@code uploadId}, {@code partNumber})
 * @param operation  the S3 operation
 * @param copySource the {@code x-amz-copy-source} header (COPY and UPLOAD_PART_COPY)
 * @param fault      what the proxy did
 * @param status     the HTTP status the client got, or -1 when its connection was reset before a status
 */
public record S3Request(long seq, String method, String bucket, String key, Map<String, String> params,
                        S3Operation operation, Optional<String> copySource, Fault fault, int status) {

    @Override
    public String toString() {
        return seq + " " + operation + " " + method + " /" + bucket + (key.isEmpty() ? "" : "/" + key)
                + (params.isEmpty() ? "" : " " + params) + copySource.map(c -> " copy-source=" + c).orElse("")
                + " -> " + (status < 0 ? "reset" : status) + (fault == Fault.NONE ? "" : " [" + fault + "]");
    }
}
