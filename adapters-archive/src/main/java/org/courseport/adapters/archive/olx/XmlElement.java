package org.courseport.adapters.archive.olx;

import java.util.List;
import java.util.Map;

/** An element as the outline needs it: its name, attributes and child elements; text is not kept. */
record XmlElement(String name, Map<String, String> attributes, List<XmlElement> children) {

    String attribute(String name) {
        return attributes.get(name);
    }
}
