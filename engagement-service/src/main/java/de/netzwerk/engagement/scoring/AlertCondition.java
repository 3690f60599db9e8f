package de.netzwerk.engagement.scoring;

import de.netzwerk.engagement.AlertRule;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A rule that holds for a partner on the day assessed, with what it rests on. */
public record AlertCondition(AlertRule rule, UUID groupId, List<Proof> evidence, String summary) {

    /** A meeting, task, goal or group that shows the condition. */
    public record Proof(String kind, UUID id, UUID groupId, OffsetDateTime occurredAt) {
    }
}
