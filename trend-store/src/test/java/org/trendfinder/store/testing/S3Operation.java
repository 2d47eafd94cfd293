package org.trendfinder.store.testing;

import java.util.Map;

/** The S3 API operation of a path-style request, from its method, path, query and headers. */
public enum S3Operation {
    LIST_BUCKETS, CREATE_BUCKET, DELETE_BUCKET, HEAD_BUCKET, GET_BUCKET_LOCATION,
    /** {@code GET /bucket?list-type=2...} */
    LIST_V2,
    /** {@code GET /bucket} without {@code list-type=2}. */
    LIST_V1,
    GET_OBJECT, HEAD_OBJECT, PUT_OBJECT, DELETE_OBJECT,
    /** {@code POST /bucket?delete}: bulk delete. */
    MULTI_DELETE,
    /** {@code PUT} with {@code x-amz-copy-source}: a server-side copy, i.e. how S3A renames. */
    COPY_OBJECT,
    CREATE_MULTIPART, UPLOAD_PART, UPLOAD_PART_COPY, COMPLETE_MULTIPART, ABORT_MULTIPART,
    LIST_MULTIPART_UPLOADS, LIST_PARTS,
    OTHER;

    /**
     * Classifies a request. {@code path} is the decoded path ({@code /bucket/key}); {@code params} are the
     * decoded query parameters (valueless ones map to ""); {@code copySource} is the x-amz-copy-source header
     * or null.
     */
    public static S3Operation classify(String method, String path, Map<String, String> params, String copySource) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        int slash = p.indexOf('/');
        boolean hasKey = slash >= 0 && slash < p.length() - 1;
        if (p.isEmpty()) {
            return method.equals("GET") ? LIST_BUCKETS : OTHER;
        }
        if (!hasKey) {
            return switch (method) {
                case "GET" -> params.containsKey("uploads") ? LIST_MULTIPART_UPLOADS
                        : params.containsKey("location") ? GET_BUCKET_LOCATION
                        : "2".equals(params.get("list-type")) ? LIST_V2
                        : params.isEmpty() || params.containsKey("prefix") || params.containsKey("delimiter")
                                || params.containsKey("marker") || params.containsKey("max-keys") ? LIST_V1 : OTHER;
                case "HEAD" -> HEAD_BUCKET;
                case "PUT" -> params.isEmpty() ? CREATE_BUCKET : OTHER;
                case "DELETE" -> params.isEmpty() ? DELETE_BUCKET : OTHER;
                case "POST" -> params.containsKey("delete") ? MULTI_DELETE : OTHER;
                default -> OTHER;
            };
        }
        return switch (method) {
            case "GET" -> params.containsKey("uploadId") ? LIST_PARTS : GET_OBJECT;
            case "HEAD" -> HEAD_OBJECT;
            case "PUT" -> params.containsKey("uploadId") && params.containsKey("partNumber")
                    ? (copySource != null ? UPLOAD_PART_COPY : UPLOAD_PART)
                    : copySource != null ? COPY_OBJECT : PUT_OBJECT;
            case "POST" -> params.containsKey("uploads") ? CREATE_MULTIPART
                    : params.containsKey("uploadId") ? COMPLETE_MULTIPART : OTHER;
            case "DELETE" -> params.containsKey("uploadId") ? ABORT_MULTIPART : DELETE_OBJECT;
            default -> OTHER;
        };
    }
}
