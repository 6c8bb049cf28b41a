package org.courseport.client.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courseport.client.json.Json;

/**
 * The v1 course API for a robot: import an archive (streamed, never held in memory), follow its job,
 * list and read courses, export a version (streamed). A refusal is thrown as the {@link ProblemException}
 * of its status; a failure to reach the server is an {@link IOException}. Thread-safe.
 */
public final class CourseportClient {
    private static final String JSON = "application/json";
    private static final int MAX_PROBLEM_BYTES = 64 * 1024;
    private static final Duration FIRST_POLL = Duration.ofMillis(200);
    private static final Duration LAST_POLL = Duration.ofSeconds(2);
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]+)\"");

    private final HttpClient http;
    private final URI base;
    private final String authorization;

    private CourseportClient(HttpClient http, URI base, String token) {
        this.http = http;
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.authorization = "Bearer " + Objects.requireNonNull(token, "token");
    }

    /** A client of the server at {@code base} (e.g. {@code http://127.0.0.1:8080}) with this API token. */
    public static CourseportClient connect(URI base, String token) {
        // HTTP/1.1 explicitly: by default the JDK offers an h2c upgrade on plain http, which servers
        // without HTTP/2 (Grizzly among them) can answer by mis-framing the request body.
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        return new CourseportClient(http, base, token);
    }

    /**
     * Sends the archive as the raw {@code application/gzip} body, read from the source as it goes out.
     * Answers the job as accepted ({@code queued}, usually); a refusal found while the server read the
     * archive (not a course, a link, a limit) is thrown at once.
     */
    public ImportJob importCourse(String courseKey, ArchiveSource archive) throws IOException, InterruptedException {
        HttpRequest request = request("api/v1/import/" + pathOf(courseKey) + ".json")
                .header("Content-Type", "application/gzip")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> open(archive)))
                .build();
        String document = sendForText(request);
        return ImportJob.from(Json.object(document), document);
    }

    public ImportJob job(String jobId) throws IOException, InterruptedException {
        String document = sendForText(request("api/v1/imports/" + segmentOf(jobId) + ".json").GET().build());
        return ImportJob.from(Json.object(document), document);
    }

    /**
     * Polls the job until it has succeeded or failed, more slowly as it goes on, telling {@code progress}
     * each state seen. Interrupt the thread to stop waiting.
     */
    public ImportJob awaitJob(String jobId, Consumer<ImportJob> progress) throws IOException, InterruptedException {
        Duration pause = FIRST_POLL;
        while (true) {
            ImportJob job = job(jobId);
            progress.accept(job);
            if (job.done()) {
                return job;
            }
            Thread.sleep(pause.toMillis());
            pause = pause.multipliedBy(2).compareTo(LAST_POLL) > 0 ? LAST_POLL : pause.multipliedBy(2);
        }
    }

    /** Every course the token may read, ordered by id; the raw document is {@link #coursesDocument()}. */
    public List<Course> courses() throws IOException, InterruptedException {
        return Json.objects(coursesDocument()).stream().map(Course::from).toList();
    }

    public String coursesDocument() throws IOException, InterruptedException {
        return sendForText(request("api/v1/courses.json").GET().build());
    }

    public CourseDetails course(String courseKey) throws IOException, InterruptedException {
        String document = sendForText(request("api/v1/courses/" + pathOf(courseKey) + ".json").GET().build());
        return CourseDetails.from(Json.object(document), document);
    }

    /** The course's current version as tar.gz, or version {@code version} when given. */
    public CourseDownload export(String courseKey, OptionalInt version) throws IOException, InterruptedException {
        String query = version.isPresent() ? "?version=" + version.getAsInt() : "";
        HttpRequest request = request("api/v1/export/" + pathOf(courseKey) + ".tar.gz" + query)
                .header("Accept", "application/x-tgz, application/problem+json").GET().build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            try (InputStream body = response.body()) {
                throw refusal(response.statusCode(), new String(body.readNBytes(MAX_PROBLEM_BYTES), StandardCharsets.UTF_8));
            }
        }
        String disposition = response.headers().firstValue("Content-Disposition").orElse("");
        Matcher name = FILE_NAME.matcher(disposition);
        return new CourseDownload(response.body(),
                response.headers().firstValue("X-Course-Version").map(Integer::parseInt).orElse(0),
                response.headers().firstValue("ETag").orElse(null), name.find() ? name.group(1) : null);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", authorization)
                .header("Accept", JSON)
                .header("User-Agent", "courseport-client");
    }

    private String sendForText(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() >= 300) {
            throw refusal(response.statusCode(), response.body());
        }
        return response.body();
    }

    private static ProblemException refusal(int status, String body) {
        return ProblemException.of(Problem.parse(status, body));
    }

    /** The body publisher takes a supplier, which cannot throw: the failure travels unchecked and the send fails with it. */
    private static InputStream open(ArchiveSource archive) {
        try {
            return archive.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A course key as a path: the characters a key is made of ({@code : + ~ . _ -}, and the older form's
     * slashes) as they are, anything else (letters of any script, {@code %}) percent-encoded, and a
     * segment of dots escaped so that resolving the URI cannot climb out of the route.
     */
    static String pathOf(String key) {
        return String.join("/", Arrays.stream(key.split("/", -1)).map(CourseportClient::segmentOf).toList());
    }

    /** One path segment: a job id, or one part of a key. */
    static String segmentOf(String value) {
        if (value.matches("\\.+")) {
            return value.replace(".", "%2E");
        }
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ":+~._-".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append(String.format("%%%02X", (int) c));
            }
        }
        return out.toString();
    }
}
