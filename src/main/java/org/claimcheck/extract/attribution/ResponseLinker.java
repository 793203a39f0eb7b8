package org.claimcheck.extract.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimcheck.extract.AnnotatedDocument;
import org.claimcheck.extract.Layer;
import org.claimcheck.extract.Stage;
import org.claimcheck.extract.lexicon.Vocabulary;
import org.claimcheck.extract.text.Token;
import org.claimcheck.extract.text.Tokenizer;
import org.claimcheck.facts.Claim;
import org.claimcheck.facts.ClaimForm;
import org.claimcheck.facts.Stance;

/**
 * Links each denial, "cannot confirm" and not-verified flag to the claims it answers, strongest evidence
 * first, and groups the links into matters.
 *
 * <ol>
 *   <li>A reaction whose own words hold a claim ("denied reports that…", "refuted reports which
 *       suggested…") answers that claim, and the claim elsewhere in the article that restates it (two
 *       content words or a name in common; what is said weighs more than whom it is about).</li>
 *   <li>A reaction that only points back ("rejected the claim", "these reports are false") answers the
 *       nominal claim of its own sentence ("…, referring to reports that…"); else the claims other parties
 *       made since the previous reaction, within {@link #POINTER_REACH} sentences before it; else what the
 *       previous reaction answered ("Surgeons dismissed it… 'This is a hoax'").</li>
 *   <li>A reaction with content of its own ("denied that any aircraft had been lost") answers the claim of
 *       another party sharing the most content words (WordNet hypernyms and verb synonyms included),
 *       before or after it; with none shared, the first claim of the latest other party before it, unless
 *       the reaction is a verdict, which names what it judges and is never linked by position.</li>
 * </ol>
 * Claims that retell an answered claim are answered too. A claim that only relays a reaction ("According
 * to CNN, the doctor denies…") is never answered, nor is a claim of the reacting party's own family.
 * Reactions of one kind (disputes; doubts) and their claims, joined through shared links or through claims
 * that tell the same thing, are one matter ({@link Response#matter}).
 */
public final class ResponseLinker implements Stage {

    /** The response layer. */
    public static final Layer<Response> RESPONSES = new Layer<>("responses", Response.class);

    /** How many sentences back a pointer such as "the claim" reaches. */
    static final int POINTER_REACH = 4;

    private static final Set<Stance> REACTIONS = Set.of(Stance.DENIED, Stance.CANNOT_CONFIRM, Stance.UNVERIFIED);
    private static final Set<Stance> CLAIMS = Set.of(Stance.ASSERTED, Stance.CLAIMED, Stance.HEDGED);

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
        List<Attribution> reactions = attributions.stream().filter(a -> REACTIONS.contains(a.stance())).toList();
        Set<Integer> relaying = relays(attributions, reactions);
        Topics topics = new Topics(tokens);
        List<Response> links = new ArrayList<>();
        Map<Integer, List<Response>> byReaction = new HashMap<>();
        for (Attribution reaction : reactions) {
            if (!reaction.anaphoric() && reaction.content().length() == 0) {
                continue;
            }
            int reactingFamily = family.getOrDefault(reaction.index(), -1 - reaction.index());
            List<Attribution> eligible = new ArrayList<>();
            for (Attribution claim : attributions) {
                int claimFamily = family.getOrDefault(claim.index(), -1000 - claim.index());
                if (claim.index() != reaction.index() && CLAIMS.contains(claim.stance()) && namesItsSource(claim)
                        && !claim.anaphoric() && claim.content().length() > 0 && claimFamily != reactingFamily
                        && !claim.content().overlaps(reaction.cue()) && !relaying.contains(claim.index())) {
                    eligible.add(claim);
                }
            }
            List<Response> found = new ArrayList<>();
            List<Attribution> inner = eligible.stream()
                    .filter(c -> reaction.claimSpan().contains(c.cue())).toList();
            if (inner.isEmpty() && reaction.anaphoric()) {
                // "'We cannot confirm these reports,' he said, referring to reports that…": the pointer's
                // claim is named in its own sentence.
                inner = eligible.stream().filter(c -> c.form() == ClaimForm.NOUN && c.sentence() == reaction.sentence()).toList();
            }
            if (!inner.isEmpty()) {
                for (Attribution claim : inner) {
                    found.add(new Response(reaction.index(), claim.index(), 0));
                    restatement(topics, claim, eligible, inner).ifPresent(c -> found.add(new Response(reaction.index(),
                            c.index(), Topic.shared(claim.topic(), topics.widened(c)))));
                }
            } else if (reaction.anaphoric()) {
                int since = previousReaction(attributions, reaction);
                for (Attribution claim : eligible) {
                    if (claim.index() < reaction.index() && claim.index() > since
                            && claim.sentence() >= reaction.sentence() - POINTER_REACH) {
                        found.add(new Response(reaction.index(), claim.index(), 0));
                    }
                }
                if (found.isEmpty() && since >= 0 && attributions.get(since).sentence() >= reaction.sentence() - POINTER_REACH) {
                    // "Surgeons dismissed it. … 'This is a hoax'": a second verdict on the matter just answered.
                    for (Response earlier : byReaction.getOrDefault(since, List.of())) {
                        found.add(new Response(reaction.index(), earlier.target(), 0));
                    }
                }
            } else {
                linkByContent(topics, reaction, eligible, family).ifPresent(found::add);
            }
            byReaction.put(reaction.index(), found);
            links.addAll(found);
            links.addAll(retellings(topics, reaction, found, eligible, attributions));
        }
        document.put(RESPONSES, withMatters(links, attributions, topics));
    }

    /**
     * A claim the article states elsewhere that a claim inside a reaction restates: "Apple denied claims
     * that the service is being shut down" answers "… is reportedly shutting down the service" further on.
     * It must share two content words or a name with the inner claim; the one sharing most is taken. Another
     * nominal claim ("…, referring to reports that…") restates nothing: it is only the same hearsay again.
     */
    private static java.util.Optional<Attribution> restatement(Topics topics, Attribution inner,
            List<Attribution> eligible, List<Attribution> inside) {
        Set<String> names = topics.names(inner);
        Set<String> words = new java.util.HashSet<>(inner.topic());
        words.removeAll(names);
        Attribution best = null;
        int bestScore = 0;
        for (Attribution claim : eligible) {
            if (inside.contains(claim) || claim.form() == ClaimForm.NOUN) {
                continue;
            }
            // what is said weighs more than whom it is about: "had sacked the coach" over "the club"
            int shared = Topic.shared(words, topics.widened(claim));
            int sharedNames = Topic.shared(names, topics.names(claim));
            int score = 3 * shared + sharedNames;
            if ((shared >= 2 || sharedNames >= 1) && score > bestScore) {
                best = claim;
                bestScore = score;
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /**
     * Whether a claim has a source: a speaker, or a claim noun, adverb or passive standing for one
     * ("rumours", "reportedly", "he was accused of").
     */
    private static boolean namesItsSource(Attribution claim) {
        return claim.hasSpeaker() || claim.form() == ClaimForm.NOUN || claim.form() == ClaimForm.ADVERB
                || claim.form() == ClaimForm.PASSIVE;
    }

    /**
     * The claims that only pass a reaction on, which nobody can dispute as such: "According to CNN, the
     * doctor denies…", "'It is false,' X said".
     */
    private static Set<Integer> relays(List<Attribution> attributions, List<Attribution> reactions) {
        Map<Integer, List<Attribution>> reactionsBySentence = new HashMap<>();
        for (Attribution reaction : reactions) {
            reactionsBySentence.computeIfAbsent(reaction.sentence(), k -> new ArrayList<>()).add(reaction);
        }
        Set<Integer> relaying = new HashSet<>();
        for (Attribution claim : attributions) {
            for (Attribution reaction : reactionsBySentence.getOrDefault(claim.sentence(), List.of())) {
                if (reaction.index() != claim.index() && claim.content().contains(reaction.cue())) {
                    relaying.add(claim.index());
                }
            }
        }
        return relaying;
    }

    /**
     * Numbers each link with its matter: the reactions of one kind (disputes, doubts) and the claims they
     * answer, joined wherever they share a claim or a reaction or their claims tell the same thing, so that
     * one finding can cite them all. A matter is named by its earliest reaction.
     */
    private static List<Response> withMatters(List<Response> links, List<Attribution> attributions, Topics topics) {
        int n = attributions.size();
        int[] parent = new int[2 * n];
        for (int k = 0; k < parent.length; k++) {
            parent[k] = k;
        }
        Map<Integer, Attribution> claimNodes = new java.util.LinkedHashMap<>();
        for (Response r : links) {
            // claims of disputes and of doubts are kept apart: node n + claim for doubts
            int claimNode = isDoubt(attributions.get(r.attribution())) ? n + r.target() : r.target();
            union(parent, r.attribution(), claimNode);
            claimNodes.put(claimNode, attributions.get(r.target()));
        }
        // "A story claims the actor died… That report is false. … The report, however, is not true": two
        // verdicts on claims that tell the same thing are one matter.
        List<Map.Entry<Integer, Attribution>> nodes = new ArrayList<>(claimNodes.entrySet());
        for (int a = 0; a < nodes.size(); a++) {
            for (int b = a + 1; b < nodes.size(); b++) {
                boolean sameClass = nodes.get(a).getKey() >= n == nodes.get(b).getKey() >= n;
                if (sameClass && find(parent, nodes.get(a).getKey()) != find(parent, nodes.get(b).getKey())
                        && tellTheSame(topics, nodes.get(a).getValue(), nodes.get(b).getValue())) {
                    union(parent, nodes.get(a).getKey(), nodes.get(b).getKey());
                }
            }
        }
        Map<Integer, Integer> firstReaction = new HashMap<>();
        for (Response r : links) {
            firstReaction.merge(find(parent, r.attribution()), r.attribution(), Math::min);
        }
        List<Response> numbered = new ArrayList<>(links.size());
        for (Response r : links) {
            numbered.add(new Response(r.attribution(), r.target(), r.sharedWords(), firstReaction.get(find(parent, r.attribution()))));
        }
        return numbered;
    }

    /**
     * The other claims that tell what an answered claim tells, which the reaction answers too: "Supporters
     * claimed the aid worker was killed in an air strike. … A statement said she had been killed by a
     * missile strike… the claim that she had been killed could not be verified."
     */
    private static List<Response> retellings(Topics topics, Attribution reaction, List<Response> found,
            List<Attribution> eligible, List<Attribution> attributions) {
        Set<Integer> answered = new HashSet<>();
        found.forEach(r -> answered.add(r.target()));
        List<Response> more = new ArrayList<>();
        for (Attribution claim : eligible) {
            if (answered.contains(claim.index())) {
                continue;
            }
            for (Response r : found) {
                if (tellTheSame(topics, claim, attributions.get(r.target()))) {
                    more.add(new Response(reaction.index(), claim.index(), Topic.shared(claim.topic(),
                            attributions.get(r.target()).topic())));
                    answered.add(claim.index());
                    break;
                }
            }
        }
        return more;
    }

    /** Whether two claims tell the same thing: three content words in common, or two and a name. */
    private static boolean tellTheSame(Topics topics, Attribution a, Attribution b) {
        int shared = Topic.shared(a.topic(), b.topic());
        return shared >= Claim.SAME_MATTER
                || shared >= 2 && Topic.shared(topics.names(a), topics.names(b)) >= 1;
    }

    private static boolean isDoubt(Attribution reaction) {
        return reaction.stance() == Stance.UNVERIFIED;
    }

    private static int find(int[] parent, int k) {
        while (parent[k] != k) {
            parent[k] = parent[parent[k]];
            k = parent[k];
        }
        return k;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    private static java.util.Optional<Response> linkByContent(Topics topics, Attribution reaction,
            List<Attribution> eligible, Map<Integer, Integer> family) {
        Set<String> topic = reaction.topic();
        Attribution best = null;
        int bestShared = 0;
        Attribution fallback = null;
        int fallbackFamily = Integer.MIN_VALUE;
        for (Attribution claim : eligible) {
            boolean earlier = claim.index() < reaction.index();
            int shared = Topic.shared(topic, topics.widened(claim));
            if (shared > bestShared && (earlier || shared >= 2)) {
                best = claim;
                bestShared = shared;
            }
            int claimFamily = family.getOrDefault(claim.index(), -1000 - claim.index());
            // a verdict names what it judges ("unverified warnings", "the footage is fake"): position alone
            // never links it
            if (earlier && claimFamily != fallbackFamily && claim.sentence() >= reaction.sentence() - 3
                    && reaction.form() != ClaimForm.PREDICATE) {
                fallback = claim;
                fallbackFamily = claimFamily;
            }
        }
        Attribution target = best != null ? best : fallback;
        return target == null ? java.util.Optional.empty()
                : java.util.Optional.of(new Response(reaction.index(), target.index(), bestShared));
    }

    /** The index of the latest reaction before this one, or -1: a pointer answers what came since. */
    private static int previousReaction(List<Attribution> attributions, Attribution reaction) {
        int previous = -1;
        for (Attribution a : attributions) {
            if (a.index() < reaction.index() && REACTIONS.contains(a.stance()) && a.sentence() < reaction.sentence()) {
                previous = a.index();
            }
        }
        return previous;
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

    /**
     * The names and the widened topic of each attribution's content, worked out once per document: linking
     * compares every reaction with every claim, and matters compare claims pairwise.
     */
    private static final class Topics {
        private final List<Token> tokens;
        private final Map<Integer, Set<String>> names = new HashMap<>();
        private final Map<Integer, Set<String>> widened = new HashMap<>();

        Topics(List<Token> tokens) {
            this.tokens = tokens;
        }

        Set<String> names(Attribution a) {
            return names.computeIfAbsent(a.index(), k -> Topic.names(tokens, a.content()));
        }

        Set<String> widened(Attribution a) {
            return widened.computeIfAbsent(a.index(), k -> Topic.widened(tokens, a.content()));
        }
    }
}
