package de.netzwerk.task.repository;

import de.netzwerk.task.Task;
import de.netzwerk.task.deadline.DeadlinePolicy;
import de.netzwerk.task.deadline.Threshold;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The {@code deadline_notice} rows: one per task, threshold and due date, whose key admits each notice once however
 * many instances scan; and the claim of the tasks that have a notice due, locked with {@code FOR UPDATE SKIP LOCKED}
 * so that concurrent scans split the work instead of waiting for each other.
 */
@ApplicationScoped
public class DeadlineNoticeRepository {

    private final EntityManager entityManager;

    DeadlineNoticeRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Which networks a batch covers: those named, or (with {@code exclude}) all but those named. */
    public record Networks(Collection<String> ids, boolean exclude) {
    }

    /** Where a scan has got to: the next batch starts after this task, in (due date, id) order. */
    public record Cursor(LocalDate dueDate, UUID taskId) {
    }

    /** One notice: its key admits it once. */
    public record NoticeKey(UUID taskId, Threshold threshold, LocalDate dueDate) {
    }

    /** A notice as recorded, for the partner's export. */
    public record SentNotice(UUID taskId, String threshold, LocalDate dueDate, Instant sentAt) {
    }

    /**
     * Open, owned tasks with a notice not yet recorded for their current due date, locked for this transaction.
     * Rows another instance holds are skipped: that instance publishes them. The cursor keeps a scan from reading
     * the rows it has done again, so a scan reads the table once however many batches it takes. Must agree with
     * {@link DeadlinePolicy#reached}.
     */
    @SuppressWarnings("unchecked")
    public List<Task> claim(Networks networks, LocalDate today, DeadlinePolicy policy, int batchSize, Cursor after) {
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
                .setParameter("dueSoonFrom", policy.dueSoonUntil(today))
                .setParameter("today", today)
                .setParameter("escalatedFrom", policy.escalatedUntil(today))
                .setParameter("batch", batchSize)
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
     * any instance) is left out, so its event is not written again. Pending changes of tasks are flushed first: a
     * task stored in this transaction must exist for its notice to refer to it.
     */
    public List<NoticeKey> recordNew(List<NoticeKey> notices, Instant now) {
        if (notices.isEmpty()) {
            return List.of();
        }
        entityManager.flush();
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into deadline_notice (task_id, threshold, due_date, noticed_at) values (?, ?, ?, ?)
                    on conflict do nothing""")) {
                for (NoticeKey notice : notices) {
                    insert.setObject(1, notice.taskId());
                    insert.setString(2, notice.threshold().name());
                    insert.setObject(3, notice.dueDate());
                    insert.setObject(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                    insert.addBatch();
                }
                int[] inserted = insert.executeBatch();
                List<NoticeKey> recorded = new ArrayList<>();
                for (int i = 0; i < inserted.length; i++) {
                    if (inserted[i] == 1) {
                        recorded.add(notices.get(i));
                    }
                }
                return recorded;
            }
        });
    }

    /** The notices recorded about these tasks, in the order they were sent. */
    public List<SentNotice> about(List<UUID> taskIds) {
        if (taskIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select task_id, threshold, due_date, noticed_at from deadline_notice
                        where task_id in (:tasks) order by noticed_at, task_id, threshold""")
                .setParameter("tasks", taskIds)
                .getResultList();
        return rows.stream().map(row -> new SentNotice((UUID) row[0], (String) row[1], localDate(row[2]),
                instant(row[3]))).toList();
    }

    private static LocalDate localDate(Object day) {
        return day instanceof Date date ? date.toLocalDate() : (LocalDate) day;
    }

    private static Instant instant(Object moment) {
        return switch (moment) {
            case OffsetDateTime offset -> offset.toInstant();
            case Instant instant -> instant;
            case Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalStateException("Not a moment: " + moment.getClass());
        };
    }
}
