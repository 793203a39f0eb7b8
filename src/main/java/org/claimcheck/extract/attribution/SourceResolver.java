package org.claimcheck.extract.attribution;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.extract.AnnotatedDocument;
import org.claimcheck.extract.Layer;
import org.claimcheck.extract.Stage;
import org.claimcheck.extract.lexicon.Vocabulary;
import org.claimcheck.extract.syntax.ClauseSegmenter;
import org.claimcheck.extract.syntax.Syntax;
import org.claimcheck.extract.text.Token;
import org.claimcheck.extract.text.TokenWindows;
import org.claimcheck.extract.text.Tokenizer;
import org.claimcheck.facts.ClaimForm;
import org.claimcheck.facts.SourceKind;
import org.claimcheck.facts.Stance;

/**
 * Groups speakers into parties: "Maj. Gen. Ana Ruiz", "Ruiz", "the spokeswoman" and "she" become one
 * person; "a spokesman for the transport ministry" speaks for the ministry's family; "the agency" is
 * the agency named earlier.
 *
 * <p>Resolution looks only backwards, as a reader does: a surname matches the person with that surname,
 * a definite description ("the company") matches the latest organisation whose name holds that noun,
 * else the latest organisation; a pronoun matches the latest person ("he", "she") or organisation
 * ("they", "it").
 */
public final class SourceResolver implements Stage {

    /** The source layer. */
    public static final Layer<SourceEntity> SOURCES = new Layer<>("sources", SourceEntity.class);

    private static final Set<String> PERSON_PRONOUNS = Vocabulary.words("he", "she");
    private static final Set<String> GROUP_PRONOUNS = Vocabulary.words("they", "it", "who", "which");
    private static final Set<String> FIRST_PERSON = Vocabulary.words("we", "i");
    private static final Set<String> DETERMINERS = Vocabulary.words("the", "a", "an", "its", "their", "this", "that");

    /** A party being built. */
    private static final class Party {
        final int id;
        final String name;
        final SourceKind kind;
        final String surname;
        final Set<String> words;
        int family;
        final List<String> aliases = new ArrayList<>();
        final List<Integer> attributions = new ArrayList<>();

        Party(int id, String name, SourceKind kind, String surname, Set<String> words) {
            this.id = id;
            this.name = name;
            this.kind = kind;
            this.surname = surname;
            this.words = words;
            this.family = id;
        }
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Tokenizer.TOKENS, ClauseSegmenter.CLAUSES, AttributionExtractor.ATTRIBUTIONS);
    }

    @Override
    public Layer<?> provides() {
        return SOURCES;
    }

    @Override
    public void annotate(AnnotatedDocument document) {
        List<Party> parties = new ArrayList<>();
        List<Token> tokens = document.get(Tokenizer.TOKENS);
        List<Attribution> attributions = document.get(AttributionExtractor.ATTRIBUTIONS);
        List<Attribution> enclosed = new ArrayList<>();
        Syntax syntax = Syntax.of(document);
        for (Attribution a : attributions) {
            List<Token> words = within(tokens, a);
            if (isPronounOrNobody(words) && enclosing(attributions, a).isPresent()) {
                enclosed.add(a);
            } else if (!words.isEmpty()) {
                assign(resolve(document, syntax, parties, words, a), document, a);
            }
        }
        // Second pass: by now every enclosing speaker has its party.
        for (Attribution a : enclosed) {
            Attribution outer = enclosing(attributions, a).orElseThrow();
            Optional<Party> party = parties.stream().filter(p -> p.attributions.contains(outer.index())).findFirst();
            List<Token> words = within(tokens, a);
            if (party.isPresent()) {
                assign(party.get(), document, a);
            } else if (!words.isEmpty()) {
                assign(resolve(document, syntax, parties, words, a), document, a);
            }
        }
        List<SourceEntity> entities = new ArrayList<>();
        for (Party p : parties) {
            boolean organiser = p.words.stream().anyMatch(w -> Vocabulary.isSourceWord(w, "ORGANISER"));
            entities.add(new SourceEntity(p.id, p.name, p.kind, p.family, List.copyOf(new LinkedHashSet<>(p.aliases)),
                    p.attributions, organiser));
        }
        document.put(SOURCES, entities);
    }

    private static List<Token> within(List<Token> tokens, Attribution a) {
        List<Token> words = new ArrayList<>();
        for (Token t : TokenWindows.within(tokens, a.speaker())) {
            if (t.word()) {
                words.add(t);
            }
        }
        return words;
    }

    private static boolean isPronounOrNobody(List<Token> words) {
        return words.isEmpty() || words.size() == 1 && (PERSON_PRONOUNS.contains(words.get(0).lower())
                || GROUP_PRONOUNS.contains(words.get(0).lower()) || FIRST_PERSON.contains(words.get(0).lower()));
    }

    /**
     * The attribution whose reported content holds this one's cue, when this one has a pronoun or no
     * subject: in "Police said they could not verify the claim" "they" are the police, and in "'We cannot
     * confirm these reports,' Ruiz said" the one who cannot confirm is Ruiz. A passive flag with no subject
     * ("could not be independently verified") is the article's own voice and has no enclosing speaker;
     * "reportedly" and "is said to" name nobody, and what they report is not the enclosing speaker's claim.
     */
    private static Optional<Attribution> enclosing(List<Attribution> attributions, Attribution a) {
        if (!a.hasSpeaker() && (a.stance() == Stance.UNVERIFIED || a.form() == ClaimForm.ADVERB
                || a.form() == ClaimForm.PASSIVE && a.stance() != Stance.DENIED)) {
            return Optional.empty();
        }
        Attribution best = null;
        for (Attribution outer : attributions) {
            if (outer.index() != a.index() && outer.sentence() == a.sentence() && outer.content().contains(a.cue())
                    && outer.hasSpeaker() && (best == null || outer.content().length() < best.content().length())) {
                best = outer;
            }
        }
        return Optional.ofNullable(best);
    }

    private static void assign(Party party, AnnotatedDocument document, Attribution a) {
        if (a.hasSpeaker()) {
            party.aliases.add(document.text(a.speaker()));
        }
        party.attributions.add(a.index());
    }

    private Party resolve(AnnotatedDocument document, Syntax syntax, List<Party> parties, List<Token> words, Attribution a) {
        String first = words.get(0).lower();
        if (words.size() == 1 && PERSON_PRONOUNS.contains(first)) {
            return latest(parties, SourceKind.PERSON).orElseGet(() -> add(parties, document.text(a.speaker()),
                    SourceKind.PERSON, "", Set.of()));
        }
        if (words.size() == 1 && GROUP_PRONOUNS.contains(first)) {
            return latest(parties, SourceKind.ORGANIZATION).or(() -> latest(parties, SourceKind.UNKNOWN))
                    .orElseGet(() -> add(parties, document.text(a.speaker()), SourceKind.UNKNOWN, "", Set.of()));
        }
        Optional<Party> owner = possessor(parties, words);
        if (owner.isPresent()) {
            return owner.get();
        }
        Optional<Party> named = sameName(parties, document.text(a.speaker()), first);
        if (named.isPresent()) {
            return named.get();
        }
        String name = first.equals("the") ? "" : personName(words);
        Set<String> contentWords = contentWords(words);
        // "the Kremlin", "the Elysée": a capitalized name after "the" names an institution.
        boolean organisation = words.stream().anyMatch(t -> Vocabulary.isSourceWord(t, "ORGANIZATION"))
                || first.equals("the") && words.stream().skip(1).anyMatch(Token::capitalized);
        boolean role = words.stream().anyMatch(t -> Vocabulary.isSourceWord(t, "ROLE"));
        if (!name.isEmpty()) {
            String surname = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            for (Party p : parties) {
                if (p.kind == SourceKind.PERSON && p.surname.equals(surname)) {
                    return p;
                }
            }
            if (!(organisation && !role)) {
                Party person = add(parties, document.text(a.speaker()), SourceKind.PERSON, surname, contentWords);
                linkFamily(document, parties, person, a, words);
                return person;
            }
        }
        boolean definite = DETERMINERS.contains(first) && first.equals("the");
        if (role && !organisation && definite) {
            for (int i = parties.size() - 1; i >= 0; i--) {
                Party p = parties.get(i);
                if (p.kind == SourceKind.PERSON && !java.util.Collections.disjoint(p.words, contentWords)) {
                    return p;
                }
            }
        }
        if (definite || organisation) {
            for (int i = parties.size() - 1; i >= 0; i--) {
                Party p = parties.get(i);
                if (p.kind != SourceKind.PERSON && p.words.containsAll(contentWords)) {
                    return p;
                }
            }
        }
        boolean generic = words.size() == 2 && Vocabulary.isSourceWord(words.get(1), "GENERIC");
        if (definite && generic) {
            Optional<Party> latestOrganisation = latest(parties, SourceKind.ORGANIZATION);
            if (latestOrganisation.isPresent()) {
                return latestOrganisation.get();
            }
        }
        SourceKind kind = role ? SourceKind.PERSON : organisation ? SourceKind.ORGANIZATION
                : a.form() == ClaimForm.NOUN || isClaimNoun(syntax, words) ? SourceKind.HEARSAY
                : words.stream().anyMatch(t -> Vocabulary.isSourceWord(t, "ANONYMOUS")) ? SourceKind.ANONYMOUS
                : SourceKind.UNKNOWN;
        Party party = add(parties, document.text(a.speaker()), kind, "", contentWords);
        if (role) {
            linkFamily(document, parties, party, a, words);
        }
        return party;
    }

    /** Whether the speaker phrase ends in a claim noun: "a story circulating online" , "newspaper reports". */
    private static boolean isClaimNoun(Syntax syntax, List<Token> words) {
        return words.stream().anyMatch(t -> syntax.word(t.index()).tag().nominal()
                && Vocabulary.isClaimWord(syntax.word(t.index()).lemma(), "CLAIM"));
    }

    /**
     * The party already named with these very words: "German distribution sources" twice is one party. An
     * indefinite phrase ("a source", "an official") may name someone new each time.
     */
    private static Optional<Party> sameName(List<Party> parties, String name, String first) {
        if (first.equals("a") || first.equals("an") || first.equals("another")) {
            return Optional.empty();
        }
        return parties.stream().filter(p -> p.aliases.stream().anyMatch(alias -> alias.equalsIgnoreCase(name))).findFirst();
    }

    /**
     * "the agency's own report", "the ministry's bulletin": a document speaks for its owner, an earlier
     * organisation whose name holds the possessive word. A spokesperson ("the ministry's spokesman") is a
     * person of that family instead, and is left to the role rules.
     */
    private static Optional<Party> possessor(List<Party> parties, List<Token> words) {
        if (words.stream().anyMatch(t -> Vocabulary.isSourceWord(t, "ROLE"))) {
            return Optional.empty();
        }
        for (Token t : words) {
            String stem = Vocabulary.withoutPossessive(t.lower());
            if (stem.equals(t.lower())) {
                continue;
            }
            for (int i = parties.size() - 1; i >= 0; i--) {
                Party p = parties.get(i);
                if (p.kind != SourceKind.PERSON && p.words.stream().anyMatch(w -> Vocabulary.withoutPossessive(w).equals(stem))) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** Links a person to the organisation it speaks for, named in the speaker phrase or its apposition. */
    private static void linkFamily(AnnotatedDocument document, List<Party> parties, Party person, Attribution a,
            List<Token> words) {
        Set<String> organisationWords = new LinkedHashSet<>();
        for (int k = 0; k < words.size(); k++) {
            Token t = words.get(k);
            boolean beforeRole = k + 1 < words.size() && Vocabulary.isSourceWord(words.get(k + 1), "ROLE");
            if (Vocabulary.isSourceWord(t, "ORGANIZATION") || beforeRole && t.capitalized() && !Vocabulary.isSourceWord(t.lower(), "TITLE")) {
                organisationWords.add(Vocabulary.withoutPossessive(t.lower()));
            }
        }
        if (a.speakerDetail().length() > 0) {
            for (String w : document.text(a.speakerDetail()).toLowerCase(Locale.ROOT).split("[^\\p{L}'’]+")) {
                if (Vocabulary.isSourceWord(w, "ORGANIZATION")) {
                    organisationWords.add(Vocabulary.withoutPossessive(w));
                }
            }
        }
        for (int i = parties.size() - 1; i >= 0; i--) {
            Party p = parties.get(i);
            boolean named = p.words.stream().map(Vocabulary::withoutPossessive).anyMatch(organisationWords::contains);
            if (p != person && p.kind == SourceKind.ORGANIZATION && named) {
                person.family = p.family;
                return;
            }
        }
    }

    private static Party add(List<Party> parties, String name, SourceKind kind, String surname, Set<String> words) {
        Party p = new Party(parties.size() + 1, name, kind, surname, words);
        parties.add(p);
        return p;
    }

    private static Optional<Party> latest(List<Party> parties, SourceKind kind) {
        for (int i = parties.size() - 1; i >= 0; i--) {
            if (parties.get(i).kind == kind) {
                return Optional.of(parties.get(i));
            }
        }
        return Optional.empty();
    }

    /** The trailing run of capitalized words that are not titles or organisation words: a person's name. */
    private static String personName(List<Token> words) {
        int end = words.size();
        int start = end;
        while (start > 0) {
            Token t = words.get(start - 1);
            boolean nameWord = t.capitalized() && !Vocabulary.isSourceWord(t.lower(), "TITLE") && !Vocabulary.isFunctionWord(t)
                    && !Vocabulary.isSourceWord(t, "ORGANIZATION") && !Vocabulary.isSourceWord(t, "ROLE");
            if (!nameWord) {
                break;
            }
            start--;
        }
        if (start == end || start == 0 && end - start == 1 && words.size() > 1) {
            return "";
        }
        // "a charity operating in the central Mediterranean": a capitalized word after a preposition or
        // article is a place or a title, not a person's name.
        if (start > 0 && Vocabulary.isFunctionWord(words.get(start - 1))) {
            return "";
        }
        StringBuilder name = new StringBuilder();
        for (int i = start; i < end; i++) {
            name.append(i > start ? " " : "").append(words.get(i).text());
        }
        return name.toString();
    }

    private static Set<String> contentWords(List<Token> words) {
        Set<String> content = new LinkedHashSet<>();
        for (Token t : words) {
            if (!Vocabulary.isFunctionWord(t)) {
                content.add(t.lower());
            }
        }
        return content;
    }
}
