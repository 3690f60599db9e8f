package de.netzwerk.engagement.scoring;

import de.netzwerk.engagement.language.Text;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A rule that holds for a partner on the day assessed, with what it rests on.
 *
 * @param summary why it holds, as a code and its arguments (put into words in the reader's language when shown)
 */
public record AlertCondition(AlertRule rule, UUID groupId, List<Proof> evidence, Text summary) {

    /**
     * The summary's arguments are kept as the words they are written as: a summary read back from storage is then
     * equal to the one a rule gives again, and an unchanged condition does not restate its alert.
     */
    public AlertCondition {
        summary = asWritten(summary);
    }

    /** The summary with its arguments as the words they are written as ({@code 2} becomes {@code "2"}). */
    public static Text asWritten(Text summary) {
        return new Text(summary.code(), summary.args().stream().map(arg -> (Object) String.valueOf(arg)).toList());
    }

    /** A meeting, task, goal or group that shows the condition. */
    public record Proof(String kind, UUID id, UUID groupId, OffsetDateTime occurredAt) {
    }
}
