import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeds the marking benchmark through the API as MarkUs's client and robots would: a course, an
 * assignment with CRITERIA flexible criteria (C1…, out of 10), and STUDENTS students each in a group of
 * their own with one collected file. Writes "COURSE ASSIGNMENT" and then one group id a line to OUT.
 * {@code java bench/MarkingSeed.java BASE_URL TOKEN STUDENTS CRITERIA OUT}; a single-file program, JDK only.
 */
public final class MarkingSeed {
    private static final Pattern ID = Pattern.compile("\"id\":\\s*([0-9]+)");
    private static HttpClient http;
    private static String base;
    private static String token;

    public static void main(String[] args) throws Exception {
        base = args[0];
        token = args[1];
        int students = Integer.parseInt(args[2]);
        int criteria = Integer.parseInt(args[3]);
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long course = id(send("POST", "courses.json?name=bench" + System.nanoTime() + "&display_name=Bench", null));
        String courses = "courses/" + course;
        long assignment = id(send("POST", courses + "/assignments.json",
                "{\"short_identifier\": \"MARK" + course + "\", \"due_date\": \"2026-12-01\", \"group_max\": 1}"));
        String groups = courses + "/assignments/" + assignment + "/groups";
        for (int c = 1; c <= criteria; c++) {
            send("POST", courses + "/assignments/" + assignment + "/criteria.json",
                    "{\"name\": \"C" + c + "\", \"type\": \"flexible\", \"max_mark\": 10}");
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Long>> made = new ArrayList<>();
        for (int s = 0; s < students; s++) {
            String name = "b" + course + "s" + s;
            made.add(pool.submit(() -> {
                send("POST", "users.json?user_name=" + name + "&type=EndUser&first_name=Bench&last_name=" + name, null);
                send("POST", courses + "/roles.json?user_name=" + name + "&type=Student", null);
                long group = id(send("POST", groups + ".json",
                        "{\"new_group_name\": \"" + name + "\", \"members\": [\"" + name + "\"]}"));
                send("POST", groups + "/" + group + "/submission_files.json?filename=main.py&file_content="
                        + URLEncoder.encode("print(1)\n", StandardCharsets.UTF_8), null);
                send("POST", groups + "/" + group + "/collect_submission.json", null);
                return group;
            }));
        }
        List<String> lines = new ArrayList<>(List.of(course + " " + assignment));
        for (Future<Long> group : made) {
            lines.add(Long.toString(group.get()));
        }
        pool.shutdown();
        Files.write(Path.of(args[4]), lines);
    }

    private static String send(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/" + path))
                .header("Authorization", "MarkUsAuth " + token);
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " → " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static long id(String body) {
        Matcher id = ID.matcher(body);
        if (!id.find()) {
            throw new IllegalStateException("no id in " + body);
        }
        return Long.parseLong(id.group(1));
    }
}
