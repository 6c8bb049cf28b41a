package org.courseport.adapters.archive.olx;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A run's {@code policies/<run>/policy.json}: settings per block, keyed {@code kind/url_name}, that edX
 * applies over the block's XML attributes ({@code XmlMixin.apply_policy}). Only text, number and boolean
 * values are kept, as text; null is kept too, since it clears an attribute the XML set.
 */
final class CoursePolicy {
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final CoursePolicy NONE = new CoursePolicy(Map.of());

    private final Map<String, Map<String, String>> blocks;

    private CoursePolicy(Map<String, Map<String, String>> blocks) {
        this.blocks = blocks;
    }

    /**
     * The policy of a run, found where edX's {@code XMLModuleStore.load_course} looks: {@code policies/<run>/policy.json},
     * else the older {@code policies/<run>.json}. A file that cannot be read is a warning, and no policy.
     */
    static CoursePolicy of(OlxFiles files, String run, List<String> warnings) {
        for (String path : List.of("policies/" + run + "/policy.json", "policies/" + run + ".json")) {
            if (files.has(path)) {
                Optional<CoursePolicy> policy = read(files, path, warnings);
                if (policy.isPresent() && !policy.get().blocks.isEmpty()) {
                    return policy.get();
                }
            }
        }
        return NONE;
    }

    /** The attributes of a block with this policy's settings over them. */
    Map<String, String> over(String kind, String urlName, Map<String, String> attributes) {
        Map<String, String> settings = blocks.get(kind + "/" + urlName);
        if (settings == null) {
            return attributes;
        }
        Map<String, String> merged = new HashMap<>(attributes);
        merged.putAll(settings);
        return merged;
    }

    private static Optional<CoursePolicy> read(OlxFiles files, String path, List<String> warnings) {
        try (InputStream in = files.open(path); JsonParser json = JSON.createParser(in)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                warnings.add("policy " + path + " is not a JSON object; its settings are not applied");
                return Optional.empty();
            }
            Map<String, Map<String, String>> blocks = new HashMap<>();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String key = json.currentName();
                if (json.nextToken() == JsonToken.START_OBJECT) {
                    blocks.put(key, settings(json));
                } else {
                    json.skipChildren();
                }
            }
            return Optional.of(new CoursePolicy(blocks));
        } catch (JsonProcessingException e) {
            // edX logs "ERROR: loading courselike policy" and imports without it; so do we, with a warning.
            warnings.add("policy " + path + " is not valid JSON (" + e.getOriginalMessage() + "); its settings are not applied");
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the blob of " + path, e);
        }
    }

    private static Map<String, String> settings(JsonParser json) throws IOException {
        Map<String, String> settings = new LinkedHashMap<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            JsonToken value = json.nextToken();
            if (value == JsonToken.VALUE_NULL) {
                settings.put(name, null);
            } else if (value.isScalarValue()) {
                settings.put(name, json.getText());
            } else {
                json.skipChildren();
            }
        }
        return settings;
    }
}
