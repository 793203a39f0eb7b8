package org.claimcheck.engine;

import org.claimcheck.facts.Claim;
import org.claimcheck.facts.ClaimForm;
import org.claimcheck.facts.Quantity;

/**
 * Builds the readable parts of finding messages, so rules say "the agency says at least 46 (people
 * killed)" without string plumbing. Imported into DRL as functions.
 */
public final class Phrases {

    private Phrases() {
    }

    /** Returns "SOURCE says FIGURE (WHAT)", or "the article says…" when nobody is named. */
    public static String says(Quantity q) {
        String what = q.what().isBlank() ? q.thing() + (q.measure().isEmpty() ? "" : " " + q.measure()) : q.what();
        return speaker(q.sourceName()) + " says " + q.text() + " (" + what.strip() + ")"
                + (q.place().isEmpty() ? "" : " in " + capitalized(q.place()));
    }

    /** Returns "SOURCE: "CLAIM"" for a claim; a nominal claim ("reports that…") names its source itself. */
    public static String quotes(Claim c) {
        String quote = "\u201c" + c.text() + "\u201d";
        return c.form() == ClaimForm.NOUN ? quote : speaker(c.sourceName()) + ": " + quote;
    }

    /** Returns the quotes of several claims joined, in text order: "A: “…”; B: “…”". */
    public static String quotes(java.util.Collection<Claim> claims) {
        StringBuilder out = new StringBuilder();
        for (Claim c : inOrder(claims)) {
            out.append(out.length() > 0 ? "; " : "").append(quotes(c));
        }
        return out.toString();
    }

    /** Returns the claims once each, in text order: evidence from an {@code accumulate} over several links. */
    public static java.util.List<Claim> inOrder(java.util.Collection<Claim> claims) {
        return claims.stream().distinct().sorted(java.util.Comparator.comparingInt(Claim::id)).toList();
    }

    /** Returns the source's name, or "the article" when the text names nobody. */
    public static String speaker(String sourceName) {
        return sourceName.isBlank() ? "the article" : sourceName;
    }

    private static String capitalized(String key) {
        StringBuilder out = new StringBuilder();
        for (String word : key.split(" ")) {
            if (!word.isEmpty()) {
                out.append(out.length() > 0 ? " " : "").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return out.toString();
    }
}
