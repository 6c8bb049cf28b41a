package org.courseport.adapters.rest.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.courseport.domain.error.FieldError;
import org.courseport.domain.error.InvalidInput;
import org.courseport.domain.text.WritableText;

/** What a route's {@link Accepts} declares, and the refusal of a write that strays from it. */
record DeclaredParameters(Set<String> names, Optional<String> content, boolean anyNames) {
    private static final DeclaredParameters NONE = new DeclaredParameters(Set.of(), Optional.empty(), false);

    /** The declaration on {@code method}, or on one of its annotations; a method without one takes nothing. */
    static DeclaredParameters of(Method method) {
        if (method == null) {
            return NONE;
        }
        Accepts accepts = method.getAnnotation(Accepts.class);
        for (Annotation annotation : method.getAnnotations()) {
            accepts = accepts != null ? accepts : annotation.annotationType().getAnnotation(Accepts.class);
        }
        if (accepts == null) {
            return NONE;
        }
        Set<String> names = new LinkedHashSet<>(List.of(accepts.value()));
        Optional<String> content = Optional.of(accepts.content()).filter(name -> !name.isEmpty());
        content.ifPresent(names::add);
        return new DeclaredParameters(Set.copyOf(names), content, accepts.anyNames());
    }

    /**
     * Refuses a write with a parameter this route does not take, naming each and the allowed ones; and
     * a {@code PUT} that carries none of them, nor content in its body, as it would change nothing.
     */
    void check(String verb, Set<String> given, boolean bodyIsContent) {
        List<FieldError> unknown = new ArrayList<>();
        given.stream().filter(name -> !anyNames && !names.contains(name)).sorted()
                .forEach(name -> unknown.add(new FieldError(WritableText.excerpt(name), "is not a parameter of this route")));
        if (!unknown.isEmpty()) {
            throw new InvalidInput("unknown parameter " + String.join(", ", unknown.stream().map(FieldError::field).toList())
                    + "; this route takes " + allowed(), unknown);
        }
        if (verb.equals("PUT") && given.isEmpty() && !bodyIsContent) {
            throw new InvalidInput("a PUT must give at least one parameter; this route takes " + allowed());
        }
    }

    private String allowed() {
        if (anyNames) {
            return "names of its own choosing";
        }
        return names.isEmpty() ? "none" : String.join(", ", names.stream().sorted().toList());
    }
}
