package org.claimcheck.api;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import org.claimcheck.engine.DocumentFacts;
import org.claimcheck.engine.FactAssembler;
import org.claimcheck.engine.Finding;
import org.claimcheck.engine.RuleCompiler;
import org.claimcheck.engine.RuleEngine;
import org.claimcheck.engine.RuleInfo;
import org.claimcheck.engine.RuleSource;
import org.claimcheck.engine.RuleSources;
import org.claimcheck.extract.AnnotatedDocument;
import org.claimcheck.extract.Pipeline;
import org.claimcheck.extract.place.Gazetteer;
import org.claimcheck.facts.Sentence;
import org.claimcheck.input.Article;
import org.claimcheck.input.ClaimCheckException;
import org.claimcheck.input.Location;
import org.claimcheck.input.ReadResult;
import org.claimcheck.input.Span;
import org.claimcheck.report.DocumentReport;
import org.claimcheck.report.TogetherReport;

/**
 * Checks news articles for contradictions: the one front door for embedders and for the command line.
 *
 * <p>Build one per set of rules and share it: it is immutable and thread-safe, compiles the rules once,
 * and gives every check its own working memory.
 *
 * <pre>{@code
 * ClaimChecker checker = ClaimChecker.builder().build();
 * DocumentReport report = checker.check(Article.of("a1", "inline", "Police said 40 people died. ..."));
 * report.findings().forEach(f -> System.out.println(f.kind() + ": " + f.message()));
 * }</pre>
 */
public final class ClaimChecker {

    private static final int IN_FLIGHT_PER_THREAD = 4;

    private final Pipeline pipeline;
    private final FactAssembler assembler;
    private final RuleEngine engine;
    private final List<RuleInfo> rules;
    private final CheckerConfig config;

    private ClaimChecker(Pipeline pipeline, RuleEngine engine, List<RuleInfo> rules, CheckerConfig config) {
        this.pipeline = pipeline;
        this.assembler = new FactAssembler(Gazetteer.standard());
        this.engine = engine;
        this.rules = rules;
        this.config = config;
    }

    /** Returns the serializable configuration this checker was built from. */
    public CheckerConfig config() {
        return config;
    }

    /**
     * Checks a stream of inputs with {@code threads} workers and hands each report to {@code sink} in input
     * order, as soon as it and every report before it are done. At most a few reports per worker are held
     * at once, so memory stays flat however long the stream is.
     *
     * <p>The sink is called from the calling thread only; it doubles as a progress hook.
     *
     * @throws IllegalArgumentException when {@code threads} is below 1
     */
    public void checkEach(Iterator<ReadResult> inputs, int threads, Consumer<DocumentReport> sink) {
        checkEach(inputs, threads, false, sink);
    }

    /**
     * Like {@link #checkEach(Iterator, int, Consumer)}, keeping each document's facts in its report when
     * {@code withFacts} is set (for reports that draw them, at the cost of memory per report).
     */
    public void checkEach(Iterator<ReadResult> inputs, int threads, boolean withFacts, Consumer<DocumentReport> sink) {
        java.util.function.Function<ReadResult, DocumentReport> checking = withFacts ? this::checkWithFacts : this::check;
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (threads == 1) {
            inputs.forEachRemaining(input -> sink.accept(checking.apply(input)));
            return;
        }
        ExecutorService workers = Executors.newFixedThreadPool(threads, daemon());
        try {
            Deque<Future<DocumentReport>> inFlight = new ArrayDeque<>();
            while (inputs.hasNext()) {
                ReadResult input = inputs.next();
                inFlight.add(workers.submit(() -> checking.apply(input)));
                if (inFlight.size() >= threads * IN_FLIGHT_PER_THREAD) {
                    sink.accept(await(inFlight.poll()));
                }
            }
            while (!inFlight.isEmpty()) {
                sink.accept(await(inFlight.poll()));
            }
        } finally {
            workers.shutdownNow();
        }
    }

    private static DocumentReport await(Future<DocumentReport> report) {
        try {
            return report.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking", e);
        } catch (ExecutionException e) {
            // check() turns every user error into a report; anything else is a bug.
            throw new IllegalStateException("checking failed", e.getCause());
        }
    }

    private static ThreadFactory daemon() {
        return runnable -> {
            Thread thread = new Thread(runnable, "claimcheck-worker");
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Starts building a checker; by default it uses the bundled rules. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks one article. Never throws for a bad article or a failing rule: the error is in the report.
     */
    public DocumentReport check(Article article) {
        return checked(article, false);
    }

    /** Checks one article and returns its findings together with the facts they were drawn from. */
    public DocumentReport checkWithFacts(Article article) {
        return checked(article, true);
    }

    /**
     * Checks one article; a document that exhausts the heap fails alone, with an error saying so: what it
     * allocated is garbage once its check is abandoned, so the batch goes on.
     */
    private DocumentReport checked(Article article, boolean keepFacts) {
        try {
            DocumentFacts facts = facts(article);
            return new DocumentReport(article.id(), article.origin(), article.text(), spans(facts), engine.run(facts),
                    keepFacts ? Optional.of(facts) : Optional.empty(), Optional.empty());
        } catch (ClaimCheckException e) {
            return failed(article.id(), article.origin(), article.text(), e);
        } catch (OutOfMemoryError e) {
            return failed(article.id(), article.origin(), article.text(), new ClaimCheckException(
                    org.claimcheck.input.Location.of(article.origin()), "ran out of memory checking this document ("
                    + article.text().length() + " characters)", "give Java more heap (-Xmx) or refuse such documents "
                    + "with a lower --max-bytes", null));
        }
    }

    /** Checks one input as a reader produced it, keeping the facts of a document that could be read. */
    public DocumentReport checkWithFacts(ReadResult input) {
        if (input instanceof ReadResult.Failed failed) {
            return failed(failed.id(), failed.origin(), "", failed.error());
        }
        return checkWithFacts(((ReadResult.Loaded) input).article());
    }

    /** Checks one input as a reader produced it: a failed read becomes a report with that error. */
    public DocumentReport check(ReadResult input) {
        if (input instanceof ReadResult.Failed failed) {
            return failed(failed.id(), failed.origin(), "", failed.error());
        }
        return check(((ReadResult.Loaded) input).article());
    }

    /**
     * Runs only the extraction pipeline over an article and returns every layer it adds (tokens, tags,
     * chunks, clauses, attributions, quantities…), for debugging the extraction ({@code facts --tokens}).
     */
    public AnnotatedDocument annotate(Article article) {
        return pipeline.run(article);
    }

    /**
     * Extracts the facts of one input without running rules: the report carries the facts, or the error
     * when the input could not be read.
     */
    public DocumentReport extract(ReadResult input) {
        if (input instanceof ReadResult.Failed failed) {
            return failed(failed.id(), failed.origin(), "", failed.error());
        }
        Article article = ((ReadResult.Loaded) input).article();
        DocumentFacts facts = facts(article);
        return new DocumentReport(article.id(), article.origin(), article.text(), spans(facts), List.of(),
                Optional.of(facts), Optional.empty());
    }

    /**
     * Checks several articles together: each document's own findings, plus findings that compare
     * documents (the same count given incompatible values by two outlets; a claim in one report denied in
     * another). A later report with a higher figure is an update, reported as info.
     *
     * <p>Inputs that could not be read are reported with their error and left out of the comparison. A
     * rule that fails stops the comparison: the report carries the error, and every document its own
     * findings checked alone.
     *
     * @throws ClaimCheckException when two inputs share an id, since findings name documents by id
     */
    public TogetherReport checkTogether(Collection<ReadResult> inputs) {
        Set<String> ids = new HashSet<>();
        for (ReadResult input : inputs) {
            if (!ids.add(input.id())) {
                throw new ClaimCheckException(Location.of(input.origin()), "two documents have the id '" + input.id()
                        + "'", "documents checked together need distinct ids: rename a file or set \"id\" in the JSON",
                        null);
            }
        }
        List<DocumentFacts> batch = new ArrayList<>();
        Map<String, ClaimCheckException> unreadable = new LinkedHashMap<>();
        for (ReadResult input : inputs) {
            if (input instanceof ReadResult.Loaded loaded) {
                try {
                    batch.add(facts(loaded.article()));
                } catch (ClaimCheckException e) {
                    unreadable.put(loaded.id(), e);
                }
            }
        }
        List<Finding> all;
        try {
            all = engine.run(batch, "documents checked together");
        } catch (ClaimCheckException e) {
            // Check each document alone, so that its own findings, or its own failure, still show.
            return new TogetherReport(inputs.stream().map(this::check).toList(), List.of(), Optional.of(e));
        }
        Map<String, List<Span>> sentencesById = new LinkedHashMap<>();
        batch.forEach(facts -> sentencesById.put(facts.document(), spans(facts)));
        Map<String, List<Finding>> within = new LinkedHashMap<>();
        List<Finding> across = new ArrayList<>();
        for (Finding f : all) {
            List<String> documents = f.evidence().stream().map(e -> e.document()).distinct().toList();
            if (documents.size() == 1) {
                within.computeIfAbsent(documents.get(0), d -> new ArrayList<>()).add(f);
            } else {
                across.add(f);
            }
        }
        List<DocumentReport> reports = new ArrayList<>();
        for (ReadResult input : inputs) {
            if (input instanceof ReadResult.Loaded loaded && !unreadable.containsKey(loaded.id())) {
                reports.add(new DocumentReport(loaded.id(), loaded.origin(), loaded.article().text(),
                        sentencesById.getOrDefault(loaded.id(), List.of()), within.getOrDefault(loaded.id(), List.of()),
                        Optional.empty(), Optional.empty()));
            } else if (input instanceof ReadResult.Loaded loaded) {
                reports.add(failed(loaded.id(), loaded.origin(), loaded.article().text(), unreadable.get(loaded.id())));
            } else {
                reports.add(check(input));
            }
        }
        return new TogetherReport(reports, across, Optional.empty());
    }

    /** Returns the facts extracted from an article, as the rules see them. */
    public DocumentFacts facts(Article article) {
        return assembler.assemble(pipeline.run(article));
    }

    private static DocumentReport failed(String id, String origin, String text, ClaimCheckException error) {
        return new DocumentReport(id, origin, text, List.of(), List.of(), Optional.empty(), Optional.of(error));
    }

    private static List<Span> spans(DocumentFacts facts) {
        return facts.sentences().stream().map(Sentence::span).toList();
    }

    /** Returns the rules this checker runs, in file order. */
    public List<RuleInfo> rules() {
        return rules;
    }

    /** Configures a {@link ClaimChecker}. Not thread-safe; build once, then share the checker. */
    public static final class Builder {

        private final List<Path> ruleFolders = new ArrayList<>();
        private boolean defaultRules = true;
        private java.time.Duration ruleTimeLimit = RuleEngine.DEFAULT_TIME_LIMIT;

        private Builder() {
        }

        /**
         * Sets the wall time one document's rules may take (default {@link RuleEngine#DEFAULT_TIME_LIMIT}); past
         * it the document fails with an error naming the rule, and the others are still checked.
         *
         * @throws IllegalArgumentException when the limit is not positive
         */
        public Builder ruleTimeLimit(java.time.Duration limit) {
            if (limit.isZero() || limit.isNegative()) {
                throw new IllegalArgumentException("the rule time limit must be positive, was " + limit);
            }
            ruleTimeLimit = limit;
            return this;
        }

        /** Adds the DRL files in a folder (or one DRL file) to the rules. May be called repeatedly. */
        public Builder rules(Path folderOrFile) {
            ruleFolders.add(folderOrFile);
            return this;
        }

        /** Leaves out the bundled rules, so only folders given with {@link #rules(Path)} run. */
        public Builder withoutDefaultRules() {
            defaultRules = false;
            return this;
        }

        /**
         * Compiles the rules and returns the checker.
         *
         * @throws org.claimcheck.engine.RuleCompilationException listing every error, with file and line,
         *     when a rule does not compile
         * @throws ClaimCheckException when a rule folder cannot be read or no rules are left
         */
        public ClaimChecker build() {
            // The models, word lists, grammar and gazetteer load on another core while the rules compile:
            // the two are the bulk of a cold start and need nothing from each other.
            java.util.concurrent.CompletableFuture<Pipeline> pipeline =
                    java.util.concurrent.CompletableFuture.supplyAsync(() -> Pipeline.standard().warmedUp());
            List<RuleSource> sources = new ArrayList<>(defaultRules ? RuleSources.bundled() : List.of());
            for (Path folder : ruleFolders) {
                sources.addAll(RuleSources.from(folder));
            }
            if (sources.isEmpty()) {
                throw new ClaimCheckException(org.claimcheck.input.Location.of("rules"), "no rules to run",
                        "give a rule folder with --rules, or drop --no-default-rules", null);
            }
            var compiled = RuleCompiler.compile(sources);
            CheckerConfig config = new CheckerConfig(ruleFolders.stream().map(Path::toString).toList(), defaultRules,
                    ruleTimeLimit.toMillis());
            return new ClaimChecker(pipeline.join(), new RuleEngine(compiled, ruleTimeLimit), compiled.rules(), config);
        }
    }
}
