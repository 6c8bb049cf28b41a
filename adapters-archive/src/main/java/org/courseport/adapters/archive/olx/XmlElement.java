package org.courseport.adapters.archive.olx;

import java.util.List;
import java.util.Map;

/**
 * An element as the outline needs it: its name, attributes and child elements, and whether text other
 * than white space stands directly in it (edX's pointer test needs that); the text itself is not kept.
 */
record XmlElement(String name, Map<String, String> attributes, List<XmlElement> children, boolean hasText) {

    String attribute(String name) {
        return attributes.get(name);
    }
}
