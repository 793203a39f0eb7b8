package org.claimcheck.engine;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Finds the conditions that compare a number field of a fact with a quoted word ({@code low > "many"}).
 * Drools' MVEL path compiles a condition only when the first fact reaches it, so such a clash passes the
 * build and then fails every document with a figure; read from the parsed rules, it is a compile error
 * with its file, line and column like any other.
 */
final class ConditionTypes {

    private static final String OPERATOR = "\\s*(?:==|!=|>=|<=|>|<)\\s*";
    // A bare field name (not "$a.low", not a method call) on either side of a comparison with a string.
    private static final Pattern FIELD_FIRST = Pattern.compile("(?<![\\w$.])([a-z]\\w*)" + OPERATOR + "\"([^\"]*)\"");
    private static final Pattern STRING_FIRST = Pattern.compile("\"([^\"]*)\"" + OPERATOR + "([a-z]\\w*)(?![\\w.(])");

    private ConditionTypes() {
    }

    /** Returns a problem for every number field compared with a non-numeric string in {@code file}'s rules. */
    static List<RuleProblem> check(String file, PackageDescr parsed) {
        Map<String, Class<?>> facts = new HashMap<>();
        for (ImportDescr imported : parsed.getImports()) {
            factClass(imported.getTarget()).ifPresent(type -> facts.put(type.getSimpleName(), type));
        }
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleDescr rule : parsed.getRules()) {
            walk(rule.getLhs(), facts, file, problems);
        }
        return problems;
    }

    private static void walk(BaseDescr descr, Map<String, Class<?>> facts, String file, List<RuleProblem> problems) {
        if (descr instanceof PatternDescr pattern) {
            Class<?> type = facts.get(pattern.getObjectType());
            for (BaseDescr constraint : pattern.getConstraint().getDescrs()) {
                if (type != null && constraint instanceof ExprConstraintDescr expression) {
                    check(expression, type, file, problems);
                }
            }
            if (pattern.getSource() instanceof AccumulateDescr accumulate) {
                walk(accumulate.getInput(), facts, file, problems);
            } else if (pattern.getSource() instanceof CollectDescr collect) {
                walk(collect.getInputPattern(), facts, file, problems);
            }
        } else if (descr instanceof ConditionalElementDescr element) {
            for (Object child : element.getDescrs()) {
                walk((BaseDescr) child, facts, file, problems);
            }
        }
    }

    private static void check(ExprConstraintDescr constraint, Class<?> type, String file, List<RuleProblem> problems) {
        String expression = constraint.getExpression();
        for (Matcher m = FIELD_FIRST.matcher(expression); m.find(); ) {
            clash(type, m.group(1), m.group(2), constraint, m.start(1), file).ifPresent(problems::add);
        }
        for (Matcher m = STRING_FIRST.matcher(expression); m.find(); ) {
            clash(type, m.group(2), m.group(1), constraint, m.start(2), file).ifPresent(problems::add);
        }
    }

    private static Optional<RuleProblem> clash(Class<?> type, String field, String word, ExprConstraintDescr at,
            int offset, String file) {
        Optional<Class<?>> fieldType = fieldType(type, field);
        if (fieldType.isEmpty() || !isNumber(fieldType.get()) || isNumeral(word)) {
            return Optional.empty();
        }
        // The parser's columns are 0-based; errors are shown 1-based.
        return Optional.of(new RuleProblem(file, at.getLine(), at.getColumn() + 1 + offset, type.getSimpleName() + "."
                + field + " is a number (" + fieldType.get().getSimpleName() + ") but is compared with the string \""
                + word + "\"", "compare a number field with a number, e.g. " + field + " > 1000 (see docs/RULES.md)"));
    }

    private static Optional<Class<?>> factClass(String name) {
        try {
            Class<?> type = Class.forName(name, false, ConditionTypes.class.getClassLoader());
            return type.isRecord() ? Optional.of(type) : Optional.empty();
        } catch (ClassNotFoundException e) {
            // An import that does not resolve is the build's error to report, with its own position.
            return Optional.empty();
        }
    }

    private static Optional<Class<?>> fieldType(Class<?> record, String field) {
        for (RecordComponent component : record.getRecordComponents()) {
            if (component.getName().equals(field)) {
                return Optional.of(component.getType());
            }
        }
        return Optional.empty();
    }

    private static boolean isNumber(Class<?> type) {
        return type.isPrimitive() ? type != boolean.class && type != char.class : Number.class.isAssignableFrom(type);
    }

    private static boolean isNumeral(String word) {
        try {
            Double.parseDouble(word.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
