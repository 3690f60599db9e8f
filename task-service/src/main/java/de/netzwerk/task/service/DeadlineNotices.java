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
import org.hibernate.jpa.HibernateHints;
import org.hibernate.query.NativeQuery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

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

    /** The outcome of one batch: how many tasks were claimed, and the notices published for them. */
    public record Batch(int claimed, List<Notice> published) {
    }

    public record Notice(Task task, Threshold threshold) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Batch claimAndPublish(Networks networks, ZoneId zone, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        OffsetDateTime occurredAt = OffsetDateTime.ofInstant(now, zone);
        List<Task> due = claim(networks, today);
        List<Notice> published = new ArrayList<>();
        for (Task task : due) {
            for (Threshold threshold : thresholdsReached(task.dueDate, today)) {
                if (record(task, threshold, now)) {
                    outbox.add(event(task, threshold, today, occurredAt));
                    published.add(new Notice(task, threshold));
                }
            }
        }
        return new Batch(due.size(), published);
    }

    public int batchSize() {
        return policy.batchSize();
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

    @SuppressWarnings("unchecked")
    private List<Task> claim(Networks networks, LocalDate today) {
        String scope = networks.ids().isEmpty() ? ""
                : networks.exclude() ? "and t.network_id not in (:networks)" : "and t.network_id in (:networks)";
        var query = entityManager.createNativeQuery("""
                select t.* from task t
                where t.status in ('OPEN', 'IN_PROGRESS') and t.assignee_id is not null and t.due_date is not null
                  and not t.needs_reassignment
                  and t.due_date <= :dueSoonFrom
                  %s
                  and ((t.due_date >= :today and not exists (select 1 from deadline_notice n
                            where n.task_id = t.id and n.due_date = t.due_date and n.threshold = 'DUE_SOON'))
                    or (t.due_date < :today and not exists (select 1 from deadline_notice n
                            where n.task_id = t.id and n.due_date = t.due_date and n.threshold = 'OVERDUE'))
                    or (t.due_date <= :escalatedFrom and not exists (select 1 from deadline_notice n
                            where n.task_id = t.id and n.due_date = t.due_date and n.threshold = 'ESCALATION')))
                order by t.due_date, t.id
                limit :batch
                for update of t skip locked""".formatted(scope), Task.class)
                .setParameter("dueSoonFrom", today.plusDays(policy.dueSoonDays()))
                .setParameter("today", today)
                .setParameter("escalatedFrom", today.minusDays(policy.escalationDays()))
                .setParameter("batch", policy.batchSize())
                // The scan changes no task: read-only entities are left out of every flush's dirty check.
                .setHint(HibernateHints.HINT_READ_ONLY, true);
        if (!networks.ids().isEmpty()) {
            query.setParameter("networks", networks.ids());
        }
        return query.getResultList();
    }

    /** True if this call recorded the notice; false if it had been recorded (by any instance) before. */
    private boolean record(Task task, Threshold threshold, Instant now) {
        return entityManager.createNativeQuery("""
                insert into deadline_notice (task_id, threshold, due_date, noticed_at) values (?1, ?2, ?3, ?4)
                on conflict do nothing""")
                .setParameter(1, task.id)
                .setParameter(2, threshold.name())
                .setParameter(3, task.dueDate)
                .setParameter(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .unwrap(NativeQuery.class)
                // Nothing pending in the session concerns this table: no need to flush before the insert.
                .addSynchronizedQuerySpace("deadline_notice")
                .executeUpdate() == 1;
    }

    private static PublishedEvent event(Task task, Threshold threshold, LocalDate today, OffsetDateTime occurredAt) {
        int days = (int) Math.abs(ChronoUnit.DAYS.between(task.dueDate, today));
        return switch (threshold) {
            case DUE_SOON -> TaskDueSoon.of(task, task.assigneeId, occurredAt, days);
            case OVERDUE -> TaskOverdue.of(task, task.assigneeId, occurredAt, days, false);
            case ESCALATION -> TaskOverdue.of(task, task.assigneeId, occurredAt, days, true);
        };
    }
}
