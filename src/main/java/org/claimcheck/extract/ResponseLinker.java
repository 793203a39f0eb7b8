package org.claimcheck.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links each denial, "cannot confirm" and not-verified flag to the claim it answers.
 *
 * <p>A reaction that only points back ("rejected the claim") answers the nearest earlier claim by
 * another party that states something itself. A reaction with its own content ("denied that any
 * aircraft had been lost") answers the claim by another party that shares the most content words,
 * before or after it; with none shared, the first claim of the latest other party before it. A denial
 * must deny a statement: "denied bail to three men" denies nothing anyone claimed.
 */
public final class ResponseLinker implements Stage {

    /** The response layer. */
    public static final Layer<Response> RESPONSES = new Layer<>("responses", Response.class);

    private static final Set<Stance> REACTIONS = Set.of(Stance.DENIED, Stance.CANNOT_CONFIRM, Stance.UNVERIFIED);
    private static final Set<Stance> CLAIMS = Set.of(Stance.ASSERTED, Stance.CLAIMED, Stance.HEDGED);
    private static final Set<String> CLAUSE_MARKERS = Vocabulary.words("that", "had", "have", "has", "was", "were", "is",
            "are", "would", "will", "any");

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Tokenizer.TOKENS, AttributionExtractor.ATTRIBUTIONS, SourceResolver.SOURCES);
    }

    @Override
    public Layer<?> provides() {
        return RESPONSES;
    }

    @Override
    public void annotate(AnnotatedDocument document) {
        List<Token> tokens = document.get(Tokenizer.TOKENS);
        List<Attribution> attributions = document.get(AttributionExtractor.ATTRIBUTIONS);
        Map<Integer, Integer> family = families(document.get(SourceResolver.SOURCES));
        List<Response> responses = new ArrayList<>();
        for (Attribution reaction : attributions) {
            if (!REACTIONS.contains(reaction.stance()) || !statesSomething(tokens, reaction)) {
                continue;
            }
            int reactingFamily = family.getOrDefault(reaction.index(), -1 - reaction.index());
            Set<String> topic = Topic.of(tokens, reaction.content());
            int best = -1;
            int bestShared = 0;
            int fallback = -1;
            int fallbackFamily = Integer.MIN_VALUE;
            for (Attribution claim : attributions) {
                int claimFamily = family.getOrDefault(claim.index(), -1000 - claim.index());
                boolean eligible = claim.index() != reaction.index() && CLAIMS.contains(claim.stance())
                        && claim.hasSpeaker() && !claim.anaphoric() && claim.content().length() > 0
                        && claimFamily != reactingFamily && !claim.content().overlaps(reaction.cue());
                if (!eligible) {
                    continue;
                }
                boolean earlier = claim.index() < reaction.index();
                if (reaction.anaphoric()) {
                    best = earlier ? claim.index() : best;
                    continue;
                }
                int shared = Topic.shared(topic, Topic.of(tokens, claim.content()));
                if (shared > bestShared && (earlier || shared >= 2)) {
                    best = claim.index();
                    bestShared = shared;
                }
                if (earlier && claimFamily != fallbackFamily && claim.sentence() >= reaction.sentence() - 3) {
                    fallback = claim.index();
                    fallbackFamily = claimFamily;
                }
            }
            int target = best >= 0 ? best : reaction.anaphoric() ? -1 : fallback;
            if (target >= 0) {
                responses.add(new Response(reaction.index(), target, bestShared));
            }
        }
        document.put(RESPONSES, responses);
    }

    /** Whether the reaction is about a statement, not an object: "denied that…", "rejected the claim". */
    private static boolean statesSomething(List<Token> tokens, Attribution reaction) {
        if (reaction.anaphoric() || reaction.stance() != Stance.DENIED) {
            return reaction.anaphoric() || reaction.content().length() > 0;
        }
        for (Token t : tokens) {
            if (reaction.content().contains(t.span()) && (CLAUSE_MARKERS.contains(t.lower()) || t.lower().endsWith("ing")
                    && t.span().start() == reaction.content().start())) {
                return true;
            }
        }
        return false;
    }

    private static Map<Integer, Integer> families(List<SourceEntity> sources) {
        Map<Integer, Integer> family = new HashMap<>();
        for (SourceEntity source : sources) {
            for (int attribution : source.attributions()) {
                family.put(attribution, source.family());
            }
        }
        return family;
    }
}
