package de.netzwerk.engagement.scoring;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One thing that moved the score, and by how much: "−18: absent without excuse from group … on 2026-10-02".
 *
 * @param points      whole points, apportioned so that all entries add up exactly to the score
 * @param exactPoints the unrounded effect
 * @param kind        what {@code referenceId} names (MEETING or TASK)
 */
public record LedgerEntry(int points, double exactPoints, Component.Kind component, LocalDate date, String kind,
        UUID referenceId, UUID groupId, String reason) {

    /** The line a coordinator reads. */
    public String explanation() {
        return "%s%d: %s".formatted(points < 0 ? "\u2212" : "+", Math.abs(points), reason);
    }
}
