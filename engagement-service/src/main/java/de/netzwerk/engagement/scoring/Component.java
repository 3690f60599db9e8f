package de.netzwerk.engagement.scoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/**
 * One part of the score.
 *
 * @param weight      its share of the score in percent, after the shares of components without any data were
 *                    given to the others
 * @param value       how well the partner does in it, 0–100 (recent behaviour counting most)
 * @param pointsLost  the points the score lost through it (the sum of its ledger entries)
 * @param items       how many meetings, answers or tasks it rests on
 * @param groups      for attendance: the value in each group
 */
public record Component(Kind kind, double weight, double value, int pointsLost, int items, List<GroupValue> groups) {

    @Schema(name = "ComponentKind")
    public enum Kind {
        ATTENDANCE,
        TASK_RELIABILITY,
        RESPONSIVENESS
    }

    public record GroupValue(UUID groupId, double value, int meetings) {
    }
}
