import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The grading benchmark's client side, against a running server (see bench/grading-bench.sh).
 *
 * <pre>
 * java bench/GradingBench.java generate DIR MB           a submission of MB MiB: source text and random binaries
 * java bench/GradingBench.java submit BASE TOKEN DIR     uploads DIR as one group's files, collects; prints the group's path
 * java bench/GradingBench.java post BASE TOKEN CLIENTS SECONDS
 *                                                        test-result POSTs from CLIENTS concurrent clients
 * </pre>
 */
public final class GradingBench {
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "generate" -> generate(Path.of(args[1]), Long.parseLong(args[2]) << 20);
            case "submit" -> System.out.println(submit(args[1], args[2], Path.of(args[3])));
            case "post" -> post(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            default -> throw new IllegalArgumentException("generate | submit | post");
        }
    }

    /** Half source-like text (compresses well, as code does), half random bytes (as images and jars do not). */
    static void generate(Path dir, long bytes) throws IOException {
        SplittableRandom random = new SplittableRandom(4);
        long written = 0;
        int n = 0;
        String[] words = {"public", "static", "int", "return", "for", "if", "else", "while", "class", "void",
                "assert", "score", "test", "student", "grade", "value", "result", "list", "map", "count"};
        while (written < bytes) {
            boolean text = n % 2 == 0;
            int size = (int) Math.min(bytes - written, text ? 2 << 20 : 8 << 20);
            Path file = dir.resolve(text ? "src/pkg" + (n % 7) + "/File" + n + ".java" : "assets/blob" + n + ".bin");
            Files.createDirectories(file.getParent());
            byte[] content = new byte[size];
            if (text) {
                StringBuilder code = new StringBuilder(size + 100);
                while (code.length() < size) {
                    code.append("    ").append(words[random.nextInt(words.length)]).append(' ')
                            .append(words[random.nextInt(words.length)]).append(random.nextInt(1000)).append(" = ")
                            .append(words[random.nextInt(words.length)]).append("(").append(random.nextInt(100))
                            .append(");\n");
                }
                System.arraycopy(code.toString().getBytes(StandardCharsets.US_ASCII), 0, content, 0, size);
            } else {
                random.nextBytes(content);
            }
            Files.write(file, content);
            written += size;
            n++;
        }
    }

    /** One group's submission: every file of DIR uploaded as a raw body (streamed from disk), then collected. */
    static String submit(String base, String token, Path dir) throws Exception {
        String group = group(base, token, "BIG", "big", "big1");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String name = dir.relativize(file).toString();
            send(HttpRequest.newBuilder(URI.create(base + group + "/submission_files?filename="
                            + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                    .header("Authorization", "MarkUsAuth " + token).header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofFile(file)), 201);
        }
        form(base, token, group + "/collect", Map.of(), 201);
        return group;
    }

    /**
     * CLIENTS clients, each grading its own collected group, POST test results through the reference
     * API's shortcut for SECONDS seconds; a client cycles through 8 filenames, so most POSTs replace.
     */
    static void post(String base, String token, int clients, int seconds) throws Exception {
        for (int c = 0; c < clients; c++) {
            String group = group(base, token, "LOAD", "load" + c, "g" + c);
            form(base, token, group + "/submission_files", Map.of("filename", "main.py", "file_content", "print(1)\n"), 201);
            form(base, token, group + "/collect", Map.of(), 201);
        }
        String content = "{\"tests\": [" + "{\"name\": \"test_case\", \"status\": \"pass\", \"marks\": 1}, ".repeat(20)
                + "{}]}";
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong failed = new AtomicLong();
        long[][] latencies = new long[clients][300_000];
        int[] counts = new int[clients];
        Thread[] threads = new Thread[clients];
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads[c] = new Thread(() -> {
                long[] mine = latencies[client];
                int i = 0;
                try {
                    while (System.nanoTime() < deadline) {
                        long t0 = System.nanoTime();
                        HttpResponse<String> response = HTTP.send(request(base, token, "api/v1/test_results",
                                Map.of("assignment", "LOAD", "group_name", "g" + client,
                                        "filename", "result" + (i % 8) + ".json", "file_content", content)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() / 100 != 2) {
                            failed.incrementAndGet();
                        }
                        mine[i % mine.length] = System.nanoTime() - t0;
                        i++;
                    }
                } catch (Exception e) {
                    failed.incrementAndGet();
                    e.printStackTrace();
                } finally {
                    counts[client] = i;
                }
            });
            threads[c].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long posts = Arrays.stream(counts).asLongStream().sum();
        long[] all = new long[0];
        for (int c = 0; c < clients; c++) {
            long[] mine = Arrays.copyOf(latencies[c], Math.min(counts[c], latencies[c].length));
            long[] merged = Arrays.copyOf(all, all.length + mine.length);
            System.arraycopy(mine, 0, merged, all.length, mine.length);
            all = merged;
        }
        Arrays.sort(all);
        System.out.printf("RESULT clients=%d posts=%d seconds=%.1f per_second=%.0f p50_ms=%.1f p99_ms=%.1f failed=%d%n",
                clients, posts, elapsed, posts / elapsed, all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6,
                failed.get());
    }

    /** An assignment (made once) with a group of one new student; the group's path. */
    private static String group(String base, String token, String assignment, String student, String groupName)
            throws Exception {
        String id;
        HttpResponse<String> found = HTTP.send(HttpRequest.newBuilder(URI.create(base
                        + "api/v1/assignments.json?filter=short_identifier:" + assignment + "&fields=id"))
                .header("Authorization", "MarkUsAuth " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher existing = ID.matcher(found.body());
        if (existing.find()) {
            id = existing.group(1);
        } else {
            id = id(form(base, token, "api/v1/assignments.json", Map.of("short_identifier", assignment,
                    "due_date", "2026-12-01"), 201));
        }
        form(base, token, "api/v1/users.json", Map.of("user_name", student, "type", "student", "first_name", student,
                "last_name", "Bench"), 201);
        String group = id(form(base, token, "api/v1/assignments/" + id + "/groups.json",
                Map.of("group_name", groupName, "members", student), 201));
        return "api/v1/assignments/" + id + "/groups/" + group;
    }

    private static String form(String base, String token, String path, Map<String, String> fields, int expected)
            throws Exception {
        return send(request(base, token, path, fields), expected);
    }

    /** A form-encoded POST, as the reference API's clients send, with the token. */
    private static HttpRequest.Builder request(String base, String token, String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "MarkUsAuth " + token)
                .header("Accept", "application/json").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static String send(HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    private static String id(String json) {
        Matcher matcher = ID.matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return matcher.group(1);
    }
}
