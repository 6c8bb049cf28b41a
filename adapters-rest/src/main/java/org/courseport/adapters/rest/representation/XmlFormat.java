package org.courseport.adapters.rest.representation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.courseport.domain.text.WritableText;

/**
 * XML in the reference API's shape (Rails' {@code to_xml}): dasherized element names, a {@code type}
 * attribute on non-text values, {@code nil="true"} on an empty element for null, arrays wrapped in
 * their plural name.
 */
final class XmlFormat implements WireFormat {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    @Override
    public void writeOne(Representation one, OutputStream out) throws IOException {
        write(out, xml -> element(xml, one.name(), one, 0));
    }

    @Override
    public void writeCollection(RepresentationStream collection, OutputStream out) throws IOException {
        write(out, xml -> {
            xml.writeStartElement(dasherize(collection.name()));
            xml.writeAttribute("type", "array");
            collection.rows().forEach(row -> {
                try {
                    element(xml, collection.itemName(), row.select(collection.fields()), 1);
                } catch (XMLStreamException e) {
                    throw new UncheckedIOException(new IOException(e));
                }
            });
            newline(xml, 0);
            xml.writeEndElement();
        });
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static void write(OutputStream out, Body body) throws IOException {
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            body.write(xml);
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, Representation value, int depth)
            throws XMLStreamException {
        if (depth > 0) {
            newline(xml, depth);
        }
        xml.writeStartElement(dasherize(name));
        for (Map.Entry<String, Object> attribute : value.attributes().entrySet()) {
            value(xml, attribute.getKey(), attribute.getValue(), depth + 1);
        }
        newline(xml, depth);
        xml.writeEndElement();
    }

    private static void value(XMLStreamWriter xml, String name, Object value, int depth) throws XMLStreamException {
        if (value instanceof Representation nested) {
            element(xml, name, nested, depth);
            return;
        }
        newline(xml, depth);
        if (value == null) {
            xml.writeEmptyElement(dasherize(name));
            xml.writeAttribute("nil", "true");
        } else if (value instanceof NestedList list) {
            xml.writeStartElement(dasherize(name));
            xml.writeAttribute("type", "array");
            for (Representation item : list.items()) {
                element(xml, list.itemName(), item, depth + 1);
            }
            newline(xml, depth);
            xml.writeEndElement();
        } else {
            xml.writeStartElement(dasherize(name));
            String type = type(value);
            if (type != null) {
                xml.writeAttribute("type", type);
            }
            // Stored text predating the input rule may hold what XML 1.0 cannot carry: replaced, not written broken.
            xml.writeCharacters(WritableText.writable(WireFormat.text(value)));
            xml.writeEndElement();
        }
    }

    private static String type(Object value) {
        if (value instanceof Integer || value instanceof Long) {
            return "integer";
        } else if (value instanceof Number) {
            return "decimal";
        } else if (value instanceof Boolean) {
            return "boolean";
        } else if (value instanceof Instant) {
            return "dateTime";
        } else if (value instanceof LocalDate) {
            return "date";
        }
        return null;
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    static String dasherize(String name) {
        return name.replace('_', '-');
    }
}
