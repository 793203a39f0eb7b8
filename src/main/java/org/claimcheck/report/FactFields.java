package org.claimcheck.report;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimcheck.engine.DocumentFacts;
import org.claimcheck.input.Span;

/**
 * The fields of a fact as the {@code facts} command prints them: every record component, in declaration
 * order, so the output shows exactly what rules see, with a few renderings for readers and for the JSON
 * contract of {@code claimcheck facts} (the evaluation's README):
 *
 * <ul>
 *   <li>a {@link Span} named {@code span} becomes {@code start} and {@code end}; any other span, a
 *       {@code {start, end}} pair under its own name;
 *   <li>an infinite bound becomes {@code null} (unbounded);
 *   <li>an enum constant becomes its lower-case label with hyphens ({@code cannot-confirm});
 *   <li>a set becomes a sorted list, so the output does not depend on hashing;
 *   <li>on a fact that names its source ({@code source} id and {@code sourceName}), {@code source} is the
 *       source's name, or {@code null} when the article speaks itself, as the contract requires, and the
 *       id is {@code sourceId};
 *   <li>{@code place} and {@code what}, which the contract gives as {@code null} when unknown, are
 *       {@code null} when empty.
 * </ul>
 */
final class FactFields {

    /** One field: its name and its value (null, String, Number, Boolean, Span or a list of strings). */
    record Field(String name, Object value) {
    }

    private static final List<String> NULL_WHEN_EMPTY = List.of("place", "what");

    // Reflection is looked up once per fact type, not once per fact.
    private static final ClassValue<List<Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getAccessor).toList();
        }
    };

    private FactFields() {
    }

    /**
     * Returns the fact sections of a document, by component name of {@link DocumentFacts}: each a fact
     * ({@code about}) or a list of facts. The document id, already in a report's head, is left out.
     */
    static Map<String, Object> sections(DocumentFacts facts) {
        Map<String, Object> sections = new LinkedHashMap<>();
        for (Method accessor : ACCESSORS.get(DocumentFacts.class)) {
            Object value = read(accessor, facts);
            if (value instanceof Record || value instanceof List<?>) {
                sections.put(accessor.getName(), value);
            }
        }
        return sections;
    }

    /** Returns the fields of {@code fact}, in declaration order. */
    static List<Field> of(Record fact) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Method accessor : ACCESSORS.get(fact.getClass())) {
            values.put(accessor.getName(), read(accessor, fact));
        }
        boolean namesSource = values.containsKey("source") && values.containsKey("sourceName");
        List<Field> fields = new ArrayList<>();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            String name = e.getKey();
            Object value = e.getValue();
            if (namesSource && name.equals("source")) {
                String sourceName = (String) values.get("sourceName");
                fields.add(new Field("source", sourceName.isEmpty() ? null : sourceName));
                fields.add(new Field("sourceId", value));
            } else if (value instanceof Span span && name.equals("span")) {
                fields.add(new Field("start", span.start()));
                fields.add(new Field("end", span.end()));
            } else if (NULL_WHEN_EMPTY.contains(name) && "".equals(value)) {
                fields.add(new Field(name, null));
            } else {
                fields.add(new Field(name, render(value)));
            }
        }
        return fields;
    }

    private static Object render(Object value) {
        if (value instanceof Double d && d.isInfinite()) {
            return null;
        }
        if (value instanceof Enum<?> constant) {
            return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        if (value instanceof Collection<?> many) {
            List<String> items = many.stream().map(String::valueOf).toList();
            return many instanceof List<?> ? items : items.stream().sorted().toList();
        }
        return value;
    }

    private static Object read(Method accessor, Record fact) {
        try {
            return accessor.invoke(fact);
        } catch (IllegalAccessException | InvocationTargetException e) {
            // Record accessors of public fact types are public and do not throw: this is a bug.
            throw new IllegalStateException("cannot read " + fact.getClass().getSimpleName() + "." + accessor.getName(), e);
        }
    }
}
