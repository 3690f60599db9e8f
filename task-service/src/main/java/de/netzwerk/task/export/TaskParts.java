package de.netzwerk.task.export;

import de.netzwerk.task.Partner;
import de.netzwerk.task.PartnerBand;
import de.netzwerk.task.Task;
import de.netzwerk.task.TaskStatus;
import de.netzwerk.task.deadline.Lateness;
import de.netzwerk.task.event.TaskPart;
import de.netzwerk.task.service.NetworkTime;
import de.netzwerk.task.repository.DeadlineNoticeRepository;
import de.netzwerk.task.repository.PartnerBandRepository;
import de.netzwerk.task.repository.PartnerRepository;
import de.netzwerk.task.repository.TaskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Reads everything task-service's tables hold about one partner: the {@code partner} and {@code partner_band} rows,
 * the tasks whose owner they are and the {@code deadline_notice} rows of those tasks. No other table names a partner
 * (processed events are ids and types; an erasure names them by a digest only). Times in the network's time zone.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TaskParts {

    private final PartnerRepository partners;
    private final PartnerBandRepository bands;
    private final TaskRepository tasks;
    private final DeadlineNoticeRepository notices;
    private final NetworkTime time;

    TaskParts(PartnerRepository partners, PartnerBandRepository bands, TaskRepository tasks,
            DeadlineNoticeRepository notices, NetworkTime time) {
        this.partners = partners;
        this.bands = bands;
        this.tasks = tasks;
        this.notices = notices;
        this.time = time;
    }

    /** The partner's part; lists nothing and names no replica for a partner never heard of here. */
    public TaskPart of(String networkId, UUID partnerId) {
        List<Task> owned = tasks.ownedBy(networkId, partnerId);
        LocalDate today = time.today(networkId);
        return new TaskPart(false,
                partners.findInNetwork(networkId, partnerId).map(TaskParts::partnerRecord).orElse(null),
                bands.findInNetwork(networkId, partnerId).map(this::bandRecord).orElse(null),
                owned.stream().map(task -> taskRecord(task, today)).toList(),
                notices(networkId, owned.stream().map(task -> task.id).toList()));
    }

    private static TaskPart.PartnerRecord partnerRecord(Partner partner) {
        return new TaskPart.PartnerRecord(partner.status, List.copyOf(partner.expertise));
    }

    private TaskPart.BandRecord bandRecord(PartnerBand band) {
        return new TaskPart.BandRecord(band.band.name(), band.score, inNetworkZone(band.networkId, band.changedAt));
    }

    private TaskPart.TaskRecord taskRecord(Task task, LocalDate today) {
        return new TaskPart.TaskRecord(task.id, task.title, task.description, task.groupId, task.goalId,
                task.parentId, task.size == null ? null : task.size.name(), List.copyOf(task.tags), task.status.name(),
                task.dueDate, inNetworkZone(task.networkId, task.assignedAt), task.completedOn,
                daysLate(task, today), task.cancelReason, task.needsReassignment);
    }

    /** As {@link TaskPart.TaskRecord} says: the days a done task was late, or an open one is now. */
    static Integer daysLate(Task task, LocalDate today) {
        if (task.dueDate == null || task.status == TaskStatus.CANCELLED) {
            return null;
        }
        return Lateness.daysLate(task.dueDate, task.status == TaskStatus.DONE ? task.completedOn : today);
    }

    private List<TaskPart.NoticeRecord> notices(String networkId, List<UUID> taskIds) {
        return notices.about(taskIds).stream().map(notice -> new TaskPart.NoticeRecord(notice.taskId(),
                notice.threshold(), notice.dueDate(), time.at(networkId, notice.sentAt()))).toList();
    }

    private OffsetDateTime inNetworkZone(String networkId, OffsetDateTime moment) {
        return moment == null ? null : time.at(networkId, moment.toInstant());
    }
}
