package org.claimcheck.extract.quantity;

import org.claimcheck.facts.Stance;

/**
 * Where a figure is for, who gives it and how: what {@link FigureAttributor} decides for one quantity.
 *
 * @param quantity index of the {@link QuantityMention}
 * @param attribution index of the innermost attribution whose content holds the figure, or -1 when the
 *     article gives it in its own voice
 * @param place index of the place mention the figure is for (the nearest in its clause, see
 *     {@link FigureAttributor}), or -1 when none is named
 * @param when index of the time expression scoping the figure (the nearest in its clause: "on Sunday",
 *     "since 2011"), or -1 when its clause names none
 * @param stance how the figure is put: the attribution's stance, or {@link Stance#HEDGED} for a projection
 *     and {@link Stance#CONDITIONAL} for a figure under a condition
 * @param selfReported whether the speaker has a stake in the figure: it organises what is counted, speaks
 *     for its subject ("its leader said"), or counts itself ("the party said its rally drew 2 million")
 */
public record FigureAttribution(int quantity, int attribution, int place, int when, Stance stance, boolean selfReported) {
}
