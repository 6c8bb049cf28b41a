package org.courseport.adapters.archive.olx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.courseport.domain.error.Unprocessable;

/**
 * Reads untrusted XML as a stream of elements. A DOCTYPE is refused outright, so no DTD, external
 * entity or entity expansion (billion laughs) is ever processed; text is not kept (only whether an
 * element has any), so a large file costs memory only for its elements, and those are capped.
 */
final class SafeXml {
    private final XMLInputFactory factory;
    private final int maxElements;

    SafeXml(int maxElements) {
        this.maxElements = maxElements;
        factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    }

    /**
     * The document's root element with its descendants; {@code path} names the file in refusals
     * ({@code Unprocessable}) and in {@link NotWellFormed}.
     */
    XmlElement read(InputStream in, String path) throws IOException {
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(in);
            Deque<Building> open = new ArrayDeque<>();
            int elements = 0;
            XmlElement root = null;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new Unprocessable("file '" + path + "' refused: a DOCTYPE is not allowed in OLX "
                            + "(DTDs and external entities are never read)");
                } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new Unprocessable("file '" + path + "' refused: entity '" + reader.getLocalName()
                            + "' is not one of XML's predefined entities");
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    if (++elements > maxElements) {
                        throw new Unprocessable("file '" + path + "' refused: more than " + maxElements + " elements");
                    }
                    Map<String, String> attributes = new LinkedHashMap<>();
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                    }
                    open.push(new Building(reader.getLocalName(), attributes));
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                        && !open.isEmpty() && !reader.isWhiteSpace() && !reader.getText().isBlank()) {
                    open.peek().hasText = true;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    Building done = open.pop();
                    XmlElement element = new XmlElement(done.name, done.attributes, List.copyOf(done.children), done.hasText);
                    if (open.isEmpty()) {
                        root = element;
                    } else {
                        open.peek().children.add(element);
                    }
                }
            }
            if (root == null) {
                throw new NotWellFormed("file '" + path + "' holds no XML element");
            }
            return root;
        } catch (XMLStreamException e) {
            throw new NotWellFormed("file '" + path + "' is not well-formed XML: " + e.getMessage());
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException e) {
                    // the stream is closed by its owner; nothing left to release here
                }
            }
        }
    }

    private static final class Building {
        final String name;
        final Map<String, String> attributes;
        final List<XmlElement> children = new ArrayList<>();
        boolean hasText;

        Building(String name, Map<String, String> attributes) {
            this.name = name;
            this.attributes = attributes;
        }
    }
}
