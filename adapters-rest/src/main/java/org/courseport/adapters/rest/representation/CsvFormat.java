package org.courseport.adapters.rest.representation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.courseport.domain.text.WritableText;

/**
 * CSV (RFC 4180) with a snake_case header row; a nested value is its JSON text in one cell. Cells are
 * {@link WritableText#writable}, so older stored text cannot put a lone surrogate into the UTF-8.
 */
final class CsvFormat implements WireFormat {

    @Override
    public void writeOne(Representation one, OutputStream out) throws IOException {
        List<String> fields = new ArrayList<>(one.attributes().keySet());
        try (CSVPrinter csv = printer(out, fields)) {
            row(csv, one, fields);
        }
    }

    @Override
    public void writeCollection(RepresentationStream collection, OutputStream out) throws IOException {
        try (CSVPrinter csv = printer(out, collection.fields())) {
            collection.rows().forEach(row -> {
                try {
                    row(csv, row, collection.fields());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static CSVPrinter printer(OutputStream out, List<String> fields) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader(fields.toArray(String[]::new)).get()
                .print(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    private static void row(CSVPrinter csv, Representation representation, List<String> fields) throws IOException {
        for (String field : fields) {
            Object value = representation.attributes().get(field);
            csv.print(value == null ? null : WritableText.writable(value instanceof Representation
                    || value instanceof NestedList ? JsonFormat.text(value) : WireFormat.text(value)));
        }
        csv.println();
    }
}
