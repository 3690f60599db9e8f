package de.netzwerk.task.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Everything task-service holds about one partner, as the export shows it to them: the replica of their profile, their
 * engagement band, the tasks that name them as owner and the deadline notices sent about those tasks. task-service
 * keeps only a task's current owner, so a task given to someone else no longer names the partner and is not listed.
 * A part of an erased partner says so and lists nothing: their former tasks no longer name them.
 */
public record TaskPart(boolean erased, PartnerRecord partner, BandRecord engagementBand, List<TaskRecord> tasks,
        List<NoticeRecord> deadlineNotices) {

    public static TaskPart ofErased() {
        return new TaskPart(true, null, null, List.of(), List.of());
    }

    /** The partner as replicated from partner-service: what assignee suggestions match tasks against. */
    public record PartnerRecord(String status, List<String> expertise) {
    }

    /** The band engagement-service last published for the partner, which assignee suggestions weigh. */
    public record BandRecord(String band, int score, OffsetDateTime changedAt) {
    }

    /**
     * A task the partner owns. {@code daysLate}: for a done task the days it was completed after its due date, for an
     * open one the days its due date lies behind today (0 when on time); null without a due date or when cancelled.
     */
    public record TaskRecord(UUID taskId, String title, String description, UUID groupId, UUID goalId,
            UUID parentTaskId, String size, List<String> tags, String status, LocalDate dueDate,
            OffsetDateTime assignedAt, LocalDate completedOn, Integer daysLate, String cancelReason,
            boolean needsReassignment) {
    }

    /** A deadline notice (task-due-soon or task-overdue, the latter also as escalation) sent about one of their tasks. */
    public record NoticeRecord(UUID taskId, String threshold, LocalDate dueDate, OffsetDateTime sentAt) {
    }
}
