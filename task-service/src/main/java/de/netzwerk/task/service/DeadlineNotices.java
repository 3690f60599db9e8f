package de.netzwerk.task.service;

import de.netzwerk.task.Task;
import de.netzwerk.task.config.TaskConfig;
import de.netzwerk.task.deadline.DeadlinePolicy;
import de.netzwerk.task.deadline.Lateness;
import de.netzwerk.task.deadline.Threshold;
import de.netzwerk.task.event.TaskDueSoon;
import de.netzwerk.task.event.TaskOverdue;
import de.netzwerk.task.outbox.Outbox;
import de.netzwerk.task.outbox.PublishedEvent;
import de.netzwerk.task.repository.DeadlineNoticeRepository;
import de.netzwerk.task.repository.DeadlineNoticeRepository.Cursor;
import de.netzwerk.task.repository.DeadlineNoticeRepository.Networks;
import de.netzwerk.task.repository.DeadlineNoticeRepository.NoticeKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Claims one batch of tasks that have a deadline notice due and publishes the notices, in one transaction.
 *
 * <p>Exactly once, with any number of instances: the batch's task rows are locked with {@code FOR UPDATE SKIP
 * LOCKED}, so concurrent scans split the work instead of waiting for each other, and each notice is a row of
 * {@code deadline_notice} whose key (task, threshold, due date) admits it once; its event is written to the
 * outbox only if that row was inserted, in the same transaction. A scan that read a task just before another
 * instance committed its notice therefore finds the row taken and publishes nothing.
 */
@ApplicationScoped
public class DeadlineNotices {

    private final DeadlineNoticeRepository notices;
    private final Outbox outbox;
    private final DeadlinePolicy policy;
    private final int batchSize;

    DeadlineNotices(DeadlineNoticeRepository notices, Outbox outbox, TaskConfig config) {
        this.notices = notices;
        this.outbox = outbox;
        this.policy = new DeadlinePolicy(config.deadlineClock().dueSoonDays(), config.deadlineClock().escalationDays());
        this.batchSize = config.deadlineClock().batchSize();
    }

    /** The outcome of one batch: how many tasks were claimed, the notices published, and where to go on. */
    public record Batch(int claimed, List<Notice> published, Cursor next) {
    }

    public record Notice(Task task, Threshold threshold) {

        NoticeKey key() {
            return new NoticeKey(task.id, threshold, task.dueDate);
        }
    }

    public int batchSize() {
        return batchSize;
    }

    /** Claims the next batch after {@code after} (from the start if null) and publishes its notices. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Batch claimAndPublish(Networks networks, ZoneId zone, Instant now, Cursor after) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        OffsetDateTime occurredAt = OffsetDateTime.ofInstant(now, zone);
        List<Task> due = notices.claim(networks, today, policy, batchSize, after);
        List<Notice> reached = new ArrayList<>();
        for (Task task : due) {
            policy.reached(task.dueDate, today).forEach(threshold -> reached.add(new Notice(task, threshold)));
        }
        List<Notice> published = record(reached, now);
        outbox.addAll(published.stream().map(notice -> event(notice, today, occurredAt)).toList());
        Cursor next = due.isEmpty() ? after : new Cursor(due.getLast().dueDate, due.getLast().id);
        return new Batch(due.size(), published, next);
    }

    /**
     * A deadline already past when the clock first sees it — a task entered after the fact, or given its owner or a
     * due date that lay in the past — gets one notice, the latest threshold it has reached, not one for each threshold
     * missed: the earlier ones are recorded as noticed, without an event. Joins the caller's transaction, in which
     * the task has just been stored or changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void passOverMissed(Task task, LocalDate today, Instant now) {
        if (!task.status.isOpen() || task.assigneeId == null || task.dueDate == null || task.needsReassignment) {
            return;
        }
        record(policy.passedOver(task.dueDate, today).stream().map(threshold -> new Notice(task, threshold)).toList(),
                now);
    }

    /** The notices this call recorded; one recorded before (by any instance) is left out, its event not written again. */
    private List<Notice> record(List<Notice> candidates, Instant now) {
        Set<NoticeKey> recorded = new HashSet<>(notices.recordNew(candidates.stream().map(Notice::key).toList(), now));
        return candidates.stream().filter(notice -> recorded.contains(notice.key())).toList();
    }

    private static PublishedEvent event(Notice notice, LocalDate today, OffsetDateTime occurredAt) {
        Task task = notice.task();
        int days = Lateness.daysApart(task.dueDate, today);
        return switch (notice.threshold()) {
            case DUE_SOON -> TaskDueSoon.of(task, task.assigneeId, occurredAt, days);
            case OVERDUE -> TaskOverdue.of(task, task.assigneeId, occurredAt, days, false);
            case ESCALATION -> TaskOverdue.of(task, task.assigneeId, occurredAt, days, true);
        };
    }
}
