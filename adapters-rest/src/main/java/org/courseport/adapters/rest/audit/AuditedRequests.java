package org.courseport.adapters.rest.audit;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which answered requests the audit keeps: every refusal (401, 403), every request that may change
 * something (any method but GET, HEAD and OPTIONS, whatever its outcome), and the reads that take data
 * out in bulk: course exports and archive downloads of submissions and starter files.
 */
final class AuditedRequests {
    private static final Pattern BULK_READ = Pattern.compile(
            "(^|.*/)api(/v1)?/export/.*|.*/(submission_downloads|download_entries)(\\.[a-z]+)?");

    private AuditedRequests() {
    }

    static boolean audited(String method, String path, int status) {
        if (status == 401 || status == 403) {
            return true;
        }
        return switch (method.toUpperCase(Locale.ROOT)) {
            case "GET", "HEAD" -> (path.contains("export") || path.contains("download"))
                    && BULK_READ.matcher(path).matches();
            case "OPTIONS" -> false;
            default -> true;
        };
    }
}
