package org.courseport.adapters.rest.http;

import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * The response formats and the URL extensions that choose them. The {@code qs} factors make XML
 * the answer to a caller with no preference, as in the reference API.
 */
public final class Formats {
    public static final String XML = "application/xml";
    public static final String JSON = "application/json";
    public static final String CSV = "text/csv";
    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String PROBLEM_XML = "application/problem+xml";

    /** For a single resource. */
    public static final String XML_PREFERRED = XML + ";qs=1";
    public static final String JSON_SECOND = JSON + ";qs=0.9";
    /** For collections only. */
    public static final String CSV_THIRD = CSV + ";qs=0.8";

    public static final MediaType CSV_TYPE = MediaType.valueOf(CSV);

    /** Extensions on the last path segment, longest first, and the type each asks for. */
    public static final Map<String, String> EXTENSIONS = Map.of(
            ".json", JSON,
            ".xml", XML,
            ".csv", CSV,
            ".tar.gz", "application/x-tgz");

    private Formats() {
    }
}
