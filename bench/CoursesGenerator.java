import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a large OLX course for the import/export benchmark: an outline of chapters, sequentials,
 * verticals and html/problem components, each in its own XML file (edX's layout), plus static assets
 * of random, incompressible bytes like real video and images.
 *
 * <pre>java bench/CoursesGenerator.java OUT_DIR [ASSET_MB=300] [VERTICALS=800] [SEED=42] [COURSE=Big]</pre>
 * Courses of different seeds share no file: the seed draws the bytes and marks every display name.
 * The course is course-v1:Bench+COURSE+2026.
 */
public final class CoursesGenerator {
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        long assetBytes = (args.length > 1 ? Long.parseLong(args[1]) : 300) * 1024 * 1024;
        int verticals = args.length > 2 ? Integer.parseInt(args[2]) : 800;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        String code = args.length > 4 ? args[4] : "Big";
        String mark = " #" + seed;
        SplittableRandom random = new SplittableRandom(seed);
        int files = 0;

        write(out.resolve("course.xml"), "<course url_name=\"2026\" org=\"Bench\" course=\"" + code + "\"/>\n<!--" + mark + " -->\n");
        int chapters = Math.max(1, (int) Math.sqrt(verticals / 5.0));
        int sequentialsPerChapter = Math.max(1, (int) Math.ceil(verticals / 5.0 / chapters));
        StringBuilder course = new StringBuilder("<course display_name=\"Benchmark course" + mark + "\">\n");
        int made = 0;
        for (int c = 0; c < chapters; c++) {
            course.append("  <chapter url_name=\"ch").append(c).append("\"/>\n");
            StringBuilder chapter = new StringBuilder("<chapter display_name=\"Chapter " + c + mark + "\">\n");
            for (int s = 0; s < sequentialsPerChapter && made < verticals; s++) {
                String seq = "seq" + c + "_" + s;
                chapter.append("  <sequential url_name=\"").append(seq).append("\"/>\n");
                StringBuilder sequential = new StringBuilder("<sequential display_name=\"Lesson " + seq + mark + "\">\n");
                for (int v = 0; v < 5 && made < verticals; v++, made++) {
                    String unit = "unit" + made;
                    sequential.append("  <vertical url_name=\"").append(unit).append("\"/>\n");
                    write(out.resolve("vertical/" + unit + ".xml"), "<vertical display_name=\"Unit " + made + mark + "\">\n"
                            + "  <html url_name=\"h" + made + "\"/>\n  <problem url_name=\"p" + made + "\"/>\n</vertical>\n");
                    write(out.resolve("html/h" + made + ".xml"), "<html filename=\"h" + made + "\" display_name=\"Reading " + made + mark + "\"/>\n");
                    write(out.resolve("html/h" + made + ".html"), prose(random, 4000));
                    write(out.resolve("problem/p" + made + ".xml"), "<problem display_name=\"Problem " + made + mark + "\">\n"
                            + "<multiplechoiceresponse><p>" + prose(random, 600) + "</p><choicegroup>"
                            + "<choice correct=\"true\">yes</choice><choice correct=\"false\">no</choice>"
                            + "</choicegroup></multiplechoiceresponse>\n</problem>\n");
                    files += 4;
                }
                write(out.resolve("sequential/" + seq + ".xml"), sequential.append("</sequential>\n").toString());
                files++;
            }
            write(out.resolve("chapter/ch" + c + ".xml"), chapter.append("</chapter>\n").toString());
            files++;
        }
        write(out.resolve("course/2026.xml"), course.append("</course>\n").toString());
        write(out.resolve("policies/2026/policy.json"), "{\"course/2026\": {\"display_name\": \"Benchmark course" + mark + "\"}}\n");
        files += 3;

        byte[] buffer = new byte[1 << 20];
        long written = 0;
        for (int asset = 0; written < assetBytes; asset++) {
            long size = Math.min(assetBytes - written, (256L << 10) << (asset % 6));
            Path file = out.resolve("static/asset" + asset + (asset % 2 == 0 ? ".mp4" : ".png"));
            Files.createDirectories(file.getParent());
            try (OutputStream stream = Files.newOutputStream(file)) {
                for (long left = size; left > 0; left -= buffer.length) {
                    random.nextBytes(buffer);
                    stream.write(buffer, 0, (int) Math.min(left, buffer.length));
                }
            }
            written += size;
            files++;
        }
        System.out.println(files + " files, " + verticals + " verticals, " + (written >> 20) + " MiB of assets in " + out);
    }

    private static final String[] WORDS = {"voltage", "current", "the", "resistor", "of", "a", "circuit", "and",
            "capacitor", "is", "measured", "in", "ohms", "signal", "node", "ground", "loop", "law"};

    private static String prose(SplittableRandom random, int length) {
        StringBuilder text = new StringBuilder("<p>");
        while (text.length() < length) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return text.append("</p>\n").toString();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
