package org.claimcheck.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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
    private static final Set<String> GROUP_PRONOUNS = Vocabulary.words("they", "it", "we", "who", "which");
    private static final Set<String> DETERMINERS = Vocabulary.words("the", "a", "an", "its", "their", "this", "that");
    private static final Set<String> TITLES = Vocabulary.words("mr", "mrs", "ms", "dr", "prof", "maj", "gen", "lt", "col",
            "capt", "sgt", "gov", "sen", "rep", "president", "minister", "mayor", "governor", "general", "chief",
            "executive", "spokesman", "spokeswoman", "commander", "prime", "deputy", "vice", "secretary", "health",
            "foreign", "defence", "defense", "interior", "finance", "opposition", "incumbent", "candidate", "director",
            "head", "senator", "judge", "colonel", "major", "councillor", "inspector", "superintendent", "pope", "king",
            "queen", "prince", "sheikh", "emir");

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
        return Set.of(Tokenizer.TOKENS, AttributionExtractor.ATTRIBUTIONS);
    }

    @Override
    public Layer<?> provides() {
        return SOURCES;
    }

    @Override
    public void annotate(AnnotatedDocument document) {
        List<Party> parties = new ArrayList<>();
        List<Token> tokens = document.get(Tokenizer.TOKENS);
        for (Attribution a : document.get(AttributionExtractor.ATTRIBUTIONS)) {
            if (!a.hasSpeaker()) {
                continue;
            }
            List<Token> words = within(tokens, a);
            if (words.isEmpty()) {
                continue;
            }
            Party party = enclosingSpeaker(document, parties, words, a).orElseGet(() -> resolve(document, parties, words, a));
            party.aliases.add(document.text(a.speaker()));
            party.attributions.add(a.index());
        }
        List<SourceEntity> entities = new ArrayList<>();
        for (Party p : parties) {
            entities.add(new SourceEntity(p.id, p.name, p.kind, p.family, List.copyOf(new LinkedHashSet<>(p.aliases)),
                    p.attributions));
        }
        document.put(SOURCES, entities);
    }

    private static List<Token> within(List<Token> tokens, Attribution a) {
        List<Token> words = new ArrayList<>();
        for (Token t : tokens) {
            if (t.sentence() == a.sentence() && a.speaker().contains(t.span()) && t.word()) {
                words.add(t);
            }
        }
        return words;
    }

    /**
     * A pronoun inside what another speaker reports is that speaker: in "Police said they could not verify
     * the claim", "they" are the police.
     */
    private static Optional<Party> enclosingSpeaker(AnnotatedDocument document, List<Party> parties, List<Token> words,
            Attribution a) {
        if (words.size() != 1 || !(PERSON_PRONOUNS.contains(words.get(0).lower())
                || GROUP_PRONOUNS.contains(words.get(0).lower()))) {
            return Optional.empty();
        }
        for (Attribution outer : document.get(AttributionExtractor.ATTRIBUTIONS)) {
            if (outer.index() != a.index() && outer.sentence() == a.sentence() && outer.content().contains(a.speaker())) {
                for (Party p : parties) {
                    if (p.attributions.contains(outer.index())) {
                        return Optional.of(p);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Party resolve(AnnotatedDocument document, List<Party> parties, List<Token> words, Attribution a) {
        String first = words.get(0).lower();
        if (words.size() == 1 && PERSON_PRONOUNS.contains(first)) {
            return latest(parties, SourceKind.PERSON).orElseGet(() -> add(parties, document.text(a.speaker()),
                    SourceKind.PERSON, "", Set.of()));
        }
        if (words.size() == 1 && GROUP_PRONOUNS.contains(first)) {
            return latest(parties, SourceKind.ORGANIZATION).or(() -> latest(parties, SourceKind.UNKNOWN))
                    .orElseGet(() -> add(parties, document.text(a.speaker()), SourceKind.UNKNOWN, "", Set.of()));
        }
        String name = personName(words);
        Set<String> contentWords = contentWords(words);
        boolean organisation = words.stream().anyMatch(t -> Vocabulary.isSourceWord(t, "ORGANIZATION"));
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
        if (definite && organisation && !role && contentWords.size() == 1) {
            Optional<Party> latestOrganisation = latest(parties, SourceKind.ORGANIZATION);
            if (latestOrganisation.isPresent()) {
                return latestOrganisation.get();
            }
        }
        SourceKind kind = role ? SourceKind.PERSON : organisation ? SourceKind.ORGANIZATION : SourceKind.UNKNOWN;
        Party party = add(parties, document.text(a.speaker()), kind, "", contentWords);
        if (role) {
            linkFamily(document, parties, party, a, words);
        }
        return party;
    }

    /** Links a person to the organisation it speaks for, named in the speaker phrase or its apposition. */
    private static void linkFamily(AnnotatedDocument document, List<Party> parties, Party person, Attribution a,
            List<Token> words) {
        Set<String> organisationWords = new LinkedHashSet<>();
        for (Token t : words) {
            if (Vocabulary.isSourceWord(t, "ORGANIZATION")) {
                organisationWords.add(t.lower());
            }
        }
        if (a.speakerDetail().length() > 0) {
            for (String w : document.text(a.speakerDetail()).toLowerCase(Locale.ROOT).split("[^\\p{L}'’]+")) {
                if (Vocabulary.SOURCE_WORDS.getOrDefault(w, "").equals("ORGANIZATION")) {
                    organisationWords.add(w);
                }
            }
        }
        for (int i = parties.size() - 1; i >= 0; i--) {
            Party p = parties.get(i);
            if (p != person && p.kind == SourceKind.ORGANIZATION && !java.util.Collections.disjoint(p.words, organisationWords)) {
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
            boolean nameWord = t.capitalized() && !TITLES.contains(t.lower()) && !Vocabulary.isFunctionWord(t)
                    && !Vocabulary.isSourceWord(t, "ORGANIZATION") && !Vocabulary.isSourceWord(t, "ROLE");
            if (!nameWord) {
                break;
            }
            start--;
        }
        if (start == end || start == 0 && end - start == 1 && words.size() > 1) {
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
