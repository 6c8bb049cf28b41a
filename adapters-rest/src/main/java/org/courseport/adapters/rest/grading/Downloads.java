package org.courseport.adapters.rest.grading;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** The headers of a file download: a media type guessed from the name, and a Content-Disposition. */
final class Downloads {
    private static final String TEXT = "text/plain; charset=UTF-8";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("txt", TEXT), Map.entry("md", "text/markdown; charset=UTF-8"), Map.entry("csv", "text/csv; charset=UTF-8"),
            Map.entry("java", TEXT), Map.entry("py", TEXT), Map.entry("c", TEXT), Map.entry("h", TEXT),
            Map.entry("cpp", TEXT), Map.entry("hs", TEXT), Map.entry("rb", TEXT), Map.entry("js", "text/javascript; charset=UTF-8"),
            Map.entry("sql", TEXT), Map.entry("sh", TEXT), Map.entry("r", TEXT), Map.entry("ml", TEXT), Map.entry("rkt", TEXT),
            Map.entry("html", "text/html; charset=UTF-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("pdf", "application/pdf"), Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"),
            Map.entry("svg", "image/svg+xml"), Map.entry("zip", "application/zip"), Map.entry("ipynb", "application/x-ipynb+json"));

    private Downloads() {
    }

    static String mediaType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    /** {@code attachment} with an ASCII fallback name and the exact name in RFC 5987 form. */
    static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
