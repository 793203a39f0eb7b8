package org.claimcheck.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles DRL files into a {@link RuleSet}, reporting every error of every file in one pass with its
 * file, line and a hint.
 *
 * <p>Rules are compiled on the classic (MVEL) path at run time, so that analysts' rule folders need no
 * build step and errors keep their line numbers.
 */
public final class RuleCompiler {

    private static final Logger LOG = LoggerFactory.getLogger(RuleCompiler.class);
    private static final String KIE_PREFIX = "src/main/resources/";
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final Pattern POSITION = Pattern.compile("\\[Line: (\\d+), Column: (\\d+)\\]");
    private static final Pattern PARSER_POSITION = Pattern.compile("Line (\\d+):(\\d+)");
    private static final Pattern EXPRESSION = Pattern.compile("Unable to Analyse Expression (.+?):\\s*\\n");
    private static final Pattern DETAIL = Pattern.compile("\\[Error: ([^\\]]+)\\]");
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
        Map<RuleSource, PackageDescr> parsed = parse(sources);
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
            Optional<String> unknownType = RuleHints.unknownType(message.getText());
            if (column == 0 && line > 0 && unknownType.isPresent()) {
                // Drools gives the line of an unknown type, not where on it the type is named.
                column = columnOn(sourceOf(message.getPath(), sources), line, unknownType.get());
            }
            problems.add(new RuleProblem(file, Math.max(0, line), column, summary(message.getText()),
                    RuleHints.hintFor(message.getText())));
        }
        parsed.forEach((source, descr) -> problems.addAll(ConditionTypes.check(source.name(), descr)));
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems);
        }
        List<RuleInfo> rules = describe(parsed);
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
        return new RuleSet(services.newKieContainer(release).getKieBase(), rules);
    }

    /**
     * Parses every file on its own, for what the knowledge base does not keep: which rules emit, their
     * {@code @description} (Drools drops it from a rule's metadata) and the conditions {@link ConditionTypes}
     * checks. A file the parser cannot read is left out: the build reports its errors with their positions.
     */
    private static Map<RuleSource, PackageDescr> parse(List<RuleSource> sources) {
        Map<RuleSource, PackageDescr> parsed = new LinkedHashMap<>();
        for (RuleSource source : sources) {
            DrlParser parser = new DrlParser();
            try {
                PackageDescr descr = parser.parse(false, source.drl());
                if (descr != null && !parser.hasErrors()) {
                    parsed.put(source, descr);
                }
            } catch (DroolsParserException e) {
                LOG.debug("{} does not parse; the build reports why", source.name(), e);
            }
        }
        return parsed;
    }

    private static List<RuleInfo> describe(Map<RuleSource, PackageDescr> parsed) {
        List<RuleInfo> rules = new ArrayList<>();
        parsed.forEach((source, descr) -> {
            String comment = openingComment(source.drl());
            for (RuleDescr rule : descr.getRules()) {
                boolean emits = rule.getConsequence() != null && EMIT.matcher(rule.getConsequence().toString()).find();
                rules.add(new RuleInfo(rule.getName(), source.name(), rule.getLine(), emits, annotation(rule, "kind"),
                        annotation(rule, "severity"), annotation(rule, "description"), comment));
            }
        });
        return rules;
    }

    /** The {@code //} lines a file starts with, without their marks (STYLE.md: a rule file opens with one). */
    private static String openingComment(String drl) {
        StringBuilder comment = new StringBuilder();
        for (String line : drl.strip().split("\\R")) {
            if (!line.startsWith("//")) {
                break;
            }
            comment.append(line.substring(line.startsWith("// ") ? 3 : 2)).append('\n');
        }
        return comment.toString().strip();
    }

    private static String annotation(RuleDescr rule, String name) {
        AnnotationDescr annotation = rule.getAnnotation(name);
        return annotation == null ? "" : text(annotation.getSingleValueAsString());
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

    /** The 1-based column of the first whole-word {@code word} on 1-based {@code line} of {@code text}, or 0. */
    private static int columnOn(String text, int line, String word) {
        String[] lines = text.split("\n", -1);
        if (line > lines.length) {
            return 0;
        }
        Matcher m = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(lines[line - 1]);
        return m.find() ? m.start() + 1 : 0;
    }

    private static String firstLine(String text) {
        String stripped = text.strip();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline).strip();
    }
}
