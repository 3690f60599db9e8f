package de.netzwerk.task.service;

import de.netzwerk.task.Task;
import de.netzwerk.task.Threshold;
import de.netzwerk.task.config.TaskConfig;
import de.netzwerk.task.event.TaskDueSoon;
import de.netzwerk.task.event.TaskOverdue;
import de.netzwerk.task.outbox.Outbox;
import de.netzwerk.task.outbox.PublishedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

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

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final TaskConfig.DeadlineClock policy;

    DeadlineNotices(EntityManager entityManager, Outbox outbox, TaskConfig config) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.policy = config.deadlineClock();
    }

    /** Which networks a batch covers: those named, or (with {@code exclude}) all but those named. */
    public record Networks(Collection<String> ids, boolean exclude) {
    }

    /** Where a scan has got to: the next batch starts after this task, in (due date, id) order. */
    public record Cursor(LocalDate dueDate, UUID taskId) {
    }

    /** The outcome of one batch: how many tasks were claimed, the notices published, and where to go on. */
    public record Batch(int claimed, List<Notice> published, Cursor next) {
    }

    public record Notice(Task task, Threshold threshold) {
    }

    public int batchSize() {
        return policy.batchSize();
    }

    /** Claims the next batch after {@code after} (from the start if null) and publishes its notices. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Batch claimAndPublish(Networks networks, ZoneId zone, Instant now, Cursor after) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        OffsetDateTime occurredAt = OffsetDateTime.ofInstant(now, zone);
        List<Task> due = claim(networks, today, after);
        List<Notice> reached = new ArrayList<>();
        for (Task task : due) {
            thresholdsReached(task.dueDate, today).forEach(threshold -> reached.add(new Notice(task, threshold)));
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
        List<Threshold> reached = thresholdsReached(task.dueDate, today);
        if (reached.size() < 2) {
            return;
        }
        entityManager.flush();
        record(reached.subList(0, reached.size() - 1).stream().map(threshold -> new Notice(task, threshold)).toList(), now);
    }

    /** The thresholds a task with this due date has reached today. Must agree with the query in {@link #claim}. */
    List<Threshold> thresholdsReached(LocalDate dueDate, LocalDate today) {
        long daysOverdue = ChronoUnit.DAYS.between(dueDate, today);
        List<Threshold> reached = new ArrayList<>();
        if (daysOverdue <= 0 && -daysOverdue <= policy.dueSoonDays()) {
            reached.add(Threshold.DUE_SOON);
        }
        if (daysOverdue >= 1) {
            reached.add(Threshold.OVERDUE);
        }
        if (daysOverdue >= policy.escalationDays()) {
            reached.add(Threshold.ESCALATION);
        }
        return reached;
    }

    /**
     * Open, owned tasks with a notice not yet recorded for their current due date, locked for this transaction.
     * Rows another instance holds are skipped: that instance publishes them. The cursor keeps a scan from reading
     * the rows it has done again, so a scan reads the table once however many batches it takes.
     */
    @SuppressWarnings("unchecked")
    private List<Task> claim(Networks networks, LocalDate today, Cursor after) {
        String scope = networks.ids().isEmpty() ? ""
                : networks.exclude() ? "and t.network_id not in (:networks)" : "and t.network_id in (:networks)";
        String from = after == null ? "" : "and (t.due_date, t.id) > (:afterDue, :afterId)";
        var query = entityManager.createNativeQuery("""
                select t.* from task t
                where t.status in ('OPEN', 'IN_PROGRESS') and t.assignee_id is not null and t.due_date is not null
                  and not t.needs_reassignment
                  and t.due_date <= :dueSoonFrom
                  %s %s
                  and ((t.due_date >= :today and not exists (select 1 from deadline_notice n
                            where n.task_id = t.id and n.due_date = t.due_date and n.threshold = 'DUE_SOON'))
                    or (t.due_date < :today and not exists (select 1 from deadline_notice n
                            where n.task_id = t.id and n.due_date = t.due_date and n.threshold = 'OVERDUE'))
                    or (t.due_date <= :escalatedFrom and not exists (select 1 from deadline_notice n
                            where n.task_id = t.id and n.due_date = t.due_date and n.threshold = 'ESCALATION')))
                order by t.due_date, t.id
                limit :batch
                for update of t skip locked""".formatted(scope, from), Task.class)
                .setParameter("dueSoonFrom", today.plusDays(policy.dueSoonDays()))
                .setParameter("today", today)
                .setParameter("escalatedFrom", today.minusDays(policy.escalationDays()))
                .setParameter("batch", policy.batchSize())
                // The scan changes no task: read-only entities are left out of every flush's dirty check.
                .setHint(HibernateHints.HINT_READ_ONLY, true);
        if (!networks.ids().isEmpty()) {
            query.setParameter("networks", networks.ids());
        }
        if (after != null) {
            query.setParameter("afterDue", after.dueDate()).setParameter("afterId", after.taskId());
        }
        return query.getResultList();
    }

    /**
     * Records the notices in one JDBC batch and returns those this call recorded; a notice recorded before (by
     * any instance) is left out, so its event is not written again.
     */
    private List<Notice> record(List<Notice> notices, Instant now) {
        if (notices.isEmpty()) {
            return List.of();
        }
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into deadline_notice (task_id, threshold, due_date, noticed_at) values (?, ?, ?, ?)
                    on conflict do nothing""")) {
                for (Notice notice : notices) {
                    insert.setObject(1, notice.task().id);
                    insert.setString(2, notice.threshold().name());
                    insert.setObject(3, notice.task().dueDate);
                    insert.setObject(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                    insert.addBatch();
                }
                int[] inserted = insert.executeBatch();
                List<Notice> recorded = new ArrayList<>();
                for (int i = 0; i < inserted.length; i++) {
                    if (inserted[i] == 1) {
                        recorded.add(notices.get(i));
                    }
                }
                return recorded;
            }
        });
    }

    private static PublishedEvent event(Notice notice, LocalDate today, OffsetDateTime occurredAt) {
        Task task = notice.task();
        int days = (int) Math.abs(ChronoUnit.DAYS.between(task.dueDate, today));
        return switch (notice.threshold()) {
            case DUE_SOON -> TaskDueSoon.of(task, task.assigneeId, occurredAt, days);
            case OVERDUE -> TaskOverdue.of(task, task.assigneeId, occurredAt, days, false);
            case ESCALATION -> TaskOverdue.of(task, task.assigneeId, occurredAt, days, true);
        };
    }
}
