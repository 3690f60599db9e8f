package de.netzwerk.engagement.scoring;

import java.time.LocalDate;

import java.util.List;
import java.util.Set;

/**
 * A partner's engagement on one day: the score, how it came about, and the alert conditions that hold.
 * The ledger's points add up to the score: {@code 100 + sum(points) == score}.
 *
 * @param score    0–100, or null while nothing about the partner can be scored yet
 * @param band     null with the score
 * @param baseline the partner's own score {@code baselineDays} ago, null if there was none
 * @param conditions   the conditions that hold and may raise or extend alerts: none while the partner is paused
 * @param rulesApplied whether the alert rules were looked at: not after the partner left the network. Then
 *                     {@code conditions} and {@code holding} are empty without any condition having ended.
 * @param holding      the rules that hold, paused or not (what happens within a pause counts for none of them):
 *                     an open alert of any other rule has had its condition end
 */
public record Assessment(LocalDate asOf, Integer score, Band band, Integer baseline, List<Component> components,
        List<LedgerEntry> ledger, List<AlertCondition> conditions, boolean paused, boolean rulesApplied,
        Set<AlertRule> holding) {

    /** Points gained or lost against the partner's own baseline; null without one. */
    public Integer trend() {
        return score == null || baseline == null ? null : score - baseline;
    }
}
