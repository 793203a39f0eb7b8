package org.claimcheck.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Compiles DRL files into a {@link RuleSet}, reporting every error of every file in one pass with its
 * file, line and a hint.
 *
 * <p>Rules are compiled on the classic (MVEL) path at run time, so that analysts' rule folders need no
 * build step and errors keep their line numbers.
 */
public final class RuleCompiler {

    private static final String KIE_PREFIX = "src/main/resources/";
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final Pattern POSITION = Pattern.compile("\\[Line: (\\d+), Column: (\\d+)\\]");
    private static final Pattern PARSER_POSITION = Pattern.compile("Line (\\d+):(\\d+)");
    private static final Pattern EXPRESSION = Pattern.compile("Unable to Analyse Expression (.+?):\\s*\\n");
    private static final Pattern DETAIL = Pattern.compile("\\[Error: ([^\\]]+)\\]");
    private static final Pattern RULE_HEADER = Pattern.compile("^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"", Pattern.MULTILINE);
    private static final Pattern EMIT = Pattern.compile("\\bemit\\s*\\(");

    private RuleCompiler() {
    }

    /**
     * Compiles the given rule files together.
     *
     * @throws RuleCompilationException listing every problem when any file does not compile, or when a
     *     rule that emits findings lacks the {@code @kind} or {@code @severity} metadata they need (a helper
     *     rule whose consequence emits nothing needs none)
     */
    public static RuleSet compile(List<RuleSource> sources) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem files = services.newKieFileSystem();
        // Each build gets its own release id so that checkers built side by side never share a module.
        ReleaseId release = services.newReleaseId("org.claimcheck.rules", "pack-" + BUILDS.incrementAndGet(), "1.0.0");
        files.generateAndWritePomXML(release);
        for (int i = 0; i < sources.size(); i++) {
            files.write(KIE_PREFIX + kieName(sources.get(i), i), sources.get(i).drl());
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        List<RuleProblem> problems = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            if (message.getText().contains("Parser returned a null Package")) {
                continue;
            }
            String file = message.getPath() == null ? "rules" : displayName(message.getPath(), sources);
            // Constraint errors carry their real position inside the text ("[Line: 23, Column: 4]").
            Matcher position = POSITION.matcher(message.getText());
            int line = message.getLine();
            int column = Math.max(0, message.getColumn());
            Matcher parserPosition = PARSER_POSITION.matcher(message.getText());
            Matcher expression = EXPRESSION.matcher(message.getText());
            if (position.find()) {
                line = Integer.parseInt(position.group(1));
                column = Integer.parseInt(position.group(2));
            } else if (parserPosition.find()) {
                line = Integer.parseInt(parserPosition.group(1));
                column = Integer.parseInt(parserPosition.group(2)) + 1;
            } else if (line <= 0 && expression.find()) {
                // Type errors come without a position: find the expression in the file itself.
                int[] found = locate(sourceOf(message.getPath(), sources), expression.group(1).strip());
                line = found[0];
                column = found[1];
            }
            problems.add(new RuleProblem(file, Math.max(0, line), column, summary(message.getText()),
                    RuleHints.hintFor(message.getText())));
        }
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems);
        }
        KieBase base = services.newKieContainer(release).getKieBase();
        List<RuleInfo> rules = describe(base, sources);
        List<RuleProblem> metadataProblems = new ArrayList<>();
        for (RuleInfo info : rules) {
            if (info.emits() && (info.kind().isEmpty() || info.severity().isEmpty())) {
                metadataProblems.add(new RuleProblem(info.file(), info.line(), 0, "rule \"" + info.name()
                        + "\" needs @kind(...) and @severity(...) metadata", "add e.g. @kind(\"numeric-conflict\") "
                        + "@severity(\"warning\") after the rule name"));
            }
        }
        if (!metadataProblems.isEmpty()) {
            throw new RuleCompilationException(metadataProblems);
        }
        return new RuleSet(base, rules);
    }

    private static List<RuleInfo> describe(KieBase base, List<RuleSource> sources) {
        List<RuleInfo> rules = new ArrayList<>();
        for (RuleSource source : sources) {
            Set<String> emitting = emitting(source);
            Matcher m = RULE_HEADER.matcher(source.drl());
            while (m.find()) {
                String name = m.group(1);
                int line = 1 + (int) source.drl().substring(0, m.start(1)).chars().filter(c -> c == '\n').count();
                Map<String, Object> meta = metadataOf(base, name);
                rules.add(new RuleInfo(name, source.name(), line, emitting.contains(name), text(meta.get("kind")),
                        text(meta.get("severity")), text(meta.get("description"))));
            }
        }
        return rules;
    }

    /** The names of the rules whose consequence calls {@code emit}, read from the parsed file. */
    private static Set<String> emitting(RuleSource source) {
        Set<String> names = new HashSet<>();
        try {
            for (RuleDescr rule : new DrlParser().parse(false, source.drl()).getRules()) {
                if (rule.getConsequence() != null && EMIT.matcher(rule.getConsequence().toString()).find()) {
                    names.add(rule.getName());
                }
            }
        } catch (DroolsParserException e) {
            // The same text has just compiled, so the parser cannot fail on it: that would be a bug.
            throw new IllegalStateException("cannot re-parse " + source.name() + " after it compiled", e);
        }
        return names;
    }

    private static Map<String, Object> metadataOf(KieBase base, String name) {
        for (KiePackage pkg : base.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                if (rule.getName().equals(name)) {
                    return rule.getMetaData();
                }
            }
        }
        return Map.of();
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString().strip();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    private static String kieName(RuleSource source, int index) {
        String base = source.name().replaceAll("[^A-Za-z0-9._-]", "_");
        return "org/claimcheck/rules/" + index + "_" + (base.endsWith(".drl") ? base : base + ".drl");
    }

    private static String displayName(String kiePath, List<RuleSource> sources) {
        String name = kiePath.startsWith(KIE_PREFIX) ? kiePath.substring(KIE_PREFIX.length()) : kiePath;
        for (int i = 0; i < sources.size(); i++) {
            if (name.equals(kieName(sources.get(i), i))) {
                return sources.get(i).name();
            }
        }
        return name;
    }

    /** The first line of a Drools message, with the "[Error: …]" detail that says what is wrong. */
    private static String summary(String text) {
        String first = firstLine(text);
        Matcher detail = DETAIL.matcher(text);
        return detail.find() ? first + " " + detail.group(1).strip() : first;
    }

    private static String sourceOf(String kiePath, List<RuleSource> sources) {
        if (kiePath == null) {
            return "";
        }
        String name = kiePath.startsWith(KIE_PREFIX) ? kiePath.substring(KIE_PREFIX.length()) : kiePath;
        for (int i = 0; i < sources.size(); i++) {
            if (name.equals(kieName(sources.get(i), i))) {
                return sources.get(i).drl();
            }
        }
        return "";
    }

    /** The 1-based line and column of the first occurrence of {@code needle}, or {0, 0}. */
    private static int[] locate(String text, String needle) {
        int at = needle.isEmpty() ? -1 : text.indexOf(needle);
        if (at < 0) {
            return new int[] {0, 0};
        }
        int line = 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
        int column = at - text.lastIndexOf('\n', at - 1);
        return new int[] {line, column};
    }

    private static String firstLine(String text) {
        String stripped = text.strip();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline).strip();
    }
}
