package org.courseport.adapters.rest.gradeentry;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.courseport.domain.text.WritableText;

/**
 * One line as Ruby's {@code CSV.generate} writes it for MarkUs: a nil cell is empty, an empty string is
 * {@code ""}, a cell with a comma, quote or line break is quoted with its quotes doubled; lines end in
 * {@code \n}.
 */
final class RubyCsv {
    private RubyCsv() {
    }

    static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write('\n');
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = WritableText.writable(value);
        if (text.isEmpty() || text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
