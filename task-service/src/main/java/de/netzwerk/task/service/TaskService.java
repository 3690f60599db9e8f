package de.netzwerk.task.service;

import de.netzwerk.task.Task;
import de.netzwerk.task.TaskStatus;
import de.netzwerk.task.deadline.Lateness;
import de.netzwerk.task.event.TaskAssigned;
import de.netzwerk.task.event.TaskCancelled;
import de.netzwerk.task.event.TaskCompleted;
import de.netzwerk.task.event.TaskReassigned;
import de.netzwerk.task.event.TaskReassignmentNeeded;
import de.netzwerk.task.event.TaskRescheduled;
import de.netzwerk.task.language.Text;
import de.netzwerk.task.outbox.Outbox;
import de.netzwerk.task.repository.TaskRepository;
import de.netzwerk.task.rules.EnteredPast;
import de.netzwerk.task.rules.EnteredPast.Past;
import de.netzwerk.task.rules.EnteredPast.Refused;
import de.netzwerk.task.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Tasks and their sub-packages. Every change that concerns a partner writes its event in the same transaction
 * (assigned, reassigned, rescheduled, completed, cancelled); everything is checked before anything changes,
 * so a refused request stores nothing.
 *
 * <p>A task can be entered with its past — when it became the owner's, a due date already passed, the day it was
 * done — and is then judged by those dates: task-assigned carries the assignment time given, task-completed is on
 * time or late by the day given, and the deadline clock sends one notice for a deadline already past, not one for
 * each threshold it missed.
 */
@ApplicationScoped
@Transactional
public class TaskService {

    /** Sub-packages nest a few levels; a longer chain of parents means the data is broken, not deep. */
    private static final int MAX_DEPTH = 50;

    private final TaskRepository tasks;
    private final NetworkDirectory directory;
    private final NetworkTime time;
    private final Outbox outbox;
    private final DeadlineNotices deadlines;

    TaskService(TaskRepository tasks, NetworkDirectory directory, NetworkTime time, Outbox outbox,
            DeadlineNotices deadlines) {
        this.tasks = tasks;
        this.directory = directory;
        this.time = time;
        this.outbox = outbox;
        this.deadlines = deadlines;
    }

    public Task create(String networkId, NewTask entered) {
        if (entered.groupId() != null) {
            directory.requireGroup(networkId, entered.groupId());
        }
        if (entered.goalId() != null) {
            directory.requireGoal(networkId, entered.goalId());
        }
        if (entered.parentId() != null) {
            requireOpenParent(networkId, entered.parentId());
        }
        if (entered.assigneeId() != null) {
            directory.requireAssignable(networkId, entered.assigneeId());
        }
        Past past = enteredPast(networkId, entered);
        boolean done = entered.status() == TaskStatus.DONE;
        Task task = new Task();
        task.id = UUID.randomUUID();
        task.networkId = networkId;
        task.title = entered.title().strip();
        task.description = entered.description();
        task.groupId = entered.groupId();
        task.goalId = entered.goalId();
        task.parentId = entered.parentId();
        task.assigneeId = entered.assigneeId();
        task.assignedAt = task.assigneeId == null ? null : past.assignedAt();
        task.dueDate = entered.dueDate();
        task.size = entered.size();
        task.tags = normalised(entered.tags());
        task.status = done || entered.status() == null ? TaskStatus.OPEN : entered.status();
        task.createdAt = time.now(networkId);
        task.updatedAt = task.createdAt;
        tasks.persist(task);
        if (task.assigneeId != null) {
            outbox.add(TaskAssigned.of(task, task.assigneeId, task.assignedAt));
        }
        if (done) {
            // A finished sub-package entered after the fact leaves its parent open: its siblings may not be entered yet.
            close(task, past.completedOn(), past.completedAt());
        }
        deadlines.passOverMissed(task, time.today(networkId), task.createdAt.toInstant());
        return task;
    }

    /**
     * The past a new task is entered with ({@link EnteredPast}); a task is never entered as cancelled. An entry that
     * cannot have happened is refused naming its field.
     */
    private Past enteredPast(String networkId, NewTask entered) {
        if (entered.status() == TaskStatus.CANCELLED) {
            throw new InvalidFieldException("status", Text.of("new-task-status"));
        }
        EnteredPast.Entry entry = new EnteredPast.Entry(entered.assigneeId() != null, entered.assignedAt(),
                entered.status() == TaskStatus.DONE, entered.completedOn());
        return switch (EnteredPast.of(entry, time.now(networkId), time.zone(networkId))) {
            case Past past -> past;
            case Refused refused -> throw new InvalidFieldException(refused.field(), switch (refused.reason()) {
                case ONLY_WITH_AN_OWNER -> Text.of("only-with", "assigneeId");
                case IN_THE_FUTURE -> Text.of("must-not-be-in-future");
                case ONLY_WHEN_DONE -> Text.of("only-with", "status DONE");
                case BEFORE_THE_ASSIGNMENT -> Text.of("must-not-be-before", "assignedAt");
            });
        };
    }

    public Task get(String networkId, UUID taskId) {
        return tasks.findInNetwork(networkId, taskId).orElseThrow(() -> new ResourceNotFoundException("task", taskId));
    }

    public TaskPage list(String networkId, TaskRepository.Filter filter, Sort order, PageRequest page) {
        PanacheQuery<Task> query = tasks.matching(networkId, filter, order).page(page.toPanache());
        return new TaskPage(query.list(), query.count());
    }

    /**
     * Applies the changes asked for if nobody changed the task since {@code readVersion} was read. The row is locked
     * while it is checked and written, so of two changes sent with the same version one wins and the other is told
     * its version is stale. {@code member} is the partner acting when the caller is a member (null for
     * coordinators): a member may only move their own task along (in progress, done).
     */
    public Task update(String networkId, UUID taskId, long readVersion, TaskChanges changes, UUID member) {
        Task task = tasks.findInNetworkForUpdate(networkId, taskId)
                .orElseThrow(() -> new ResourceNotFoundException("task", taskId));
        if (member != null) {
            requireMemberMayChange(task, changes, member);
        }
        if (task.version != readVersion) {
            throw new StaleVersionException(task.version, readVersion);
        }
        if (!task.status.isOpen()) {
            throw new ConflictException(Text.of("task.closed", task.status));
        }
        validate(task, changes);

        if (changes.title() != null) {
            task.title = changes.title().strip();
        }
        if (changes.description() != null) {
            task.description = changes.description();
        }
        if (changes.groupId() != null) {
            task.groupId = changes.groupId();
        }
        if (changes.goalId() != null) {
            task.goalId = changes.goalId();
        }
        if (changes.parentId() != null) {
            task.parentId = changes.parentId();
        }
        if (changes.size() != null) {
            task.size = changes.size();
        }
        if (changes.tags() != null) {
            task.tags = normalised(changes.tags());
        }
        if (changes.assigneeId() != null && !changes.assigneeId().equals(task.assigneeId)) {
            assign(task, changes.assigneeId());
        }
        if (changes.dueDate() != null && !changes.dueDate().equals(task.dueDate)) {
            reschedule(task, changes.dueDate());
        }
        if (changes.status() != null && changes.status() != task.status) {
            switch (changes.status()) {
                case DONE -> complete(task);
                case CANCELLED -> cancel(task, changes.cancelReason());
                default -> task.status = changes.status();
            }
        }
        if (changes.assigneeId() != null || changes.dueDate() != null) {
            deadlines.passOverMissed(task, time.today(networkId), time.now(networkId).toInstant());
        }
        tasks.flush(); // raises the version the response's ETag carries
        return task;
    }

    /** The partner left the network: each of their open tasks is flagged, and an event says so. */
    public List<Task> flagForReassignment(String networkId, UUID partnerId) {
        List<Task> flagged = new ArrayList<>();
        for (Task task : tasks.openAssignedTo(networkId, partnerId)) {
            if (!task.needsReassignment) {
                task.needsReassignment = true;
                outbox.add(TaskReassignmentNeeded.of(task, partnerId, time.now(networkId), "PARTNER_LEFT"));
                flagged.add(task);
            }
        }
        return flagged;
    }

    private static void requireMemberMayChange(Task task, TaskChanges changes, UUID member) {
        if (!member.equals(task.assigneeId)) {
            throw new ForbiddenException("Members change only their own tasks.");
        }
        if (!changes.onlyStatus() || changes.status() == TaskStatus.CANCELLED) {
            throw new ForbiddenException("Members change only the status of their tasks (in progress, done).");
        }
    }

    /** References already stored are not checked again: only what the changes changes. */
    private void validate(Task task, TaskChanges changes) {
        if (changes.groupId() != null && !changes.groupId().equals(task.groupId)) {
            directory.requireGroup(task.networkId, changes.groupId());
        }
        if (changes.goalId() != null && !changes.goalId().equals(task.goalId)) {
            directory.requireGoal(task.networkId, changes.goalId());
        }
        if (changes.parentId() != null && !changes.parentId().equals(task.parentId)) {
            Task parent = requireOpenParent(task.networkId, changes.parentId());
            requireNoCycle(task, parent);
        }
        if (changes.assigneeId() != null && !changes.assigneeId().equals(task.assigneeId)) {
            directory.requireAssignable(task.networkId, changes.assigneeId());
        }
        if (changes.status() == TaskStatus.DONE && task.status != TaskStatus.DONE
                && tasks.children(task.networkId, task.id).stream().anyMatch(child -> child.status.isOpen())) {
            throw new ConflictException(Text.of("task.open-sub-packages"));
        }
        if (changes.cancelReason() != null && changes.status() != TaskStatus.CANCELLED) {
            throw new InvalidFieldException("cancelReason", Text.of("only-with", "status CANCELLED"));
        }
    }

    private Task requireOpenParent(String networkId, UUID parentId) {
        Task parent = tasks.findInNetwork(networkId, parentId)
                .orElseThrow(() -> new UnknownReferenceException("parentId", "task"));
        if (!parent.status.isOpen()) {
            throw new InvalidFieldException("parentId", Text.of("parent-closed"));
        }
        return parent;
    }

    /** Refuses to make a task a sub-package of itself or of one of its own sub-packages. */
    private void requireNoCycle(Task task, Task newParent) {
        Task ancestor = newParent;
        for (int depth = 0; ancestor != null; depth++) {
            if (ancestor.id.equals(task.id)) {
                throw new InvalidFieldException("parentId", Text.of("parent-cycle"));
            }
            if (depth > MAX_DEPTH) {
                throw new InvalidFieldException("parentId", Text.of("parent-too-deep", MAX_DEPTH));
            }
            ancestor = ancestor.parentId == null ? null
                    : tasks.findInNetwork(task.networkId, ancestor.parentId).orElse(null);
        }
    }

    private void assign(Task task, UUID assignee) {
        UUID previous = task.assigneeId;
        task.assigneeId = assignee;
        task.assignedAt = time.now(task.networkId);
        task.needsReassignment = false;
        if (previous == null) {
            outbox.add(TaskAssigned.of(task, assignee, time.now(task.networkId)));
        } else {
            outbox.add(TaskReassigned.of(task, assignee, time.now(task.networkId), previous));
        }
    }

    private void reschedule(Task task, LocalDate dueDate) {
        LocalDate previous = task.dueDate;
        task.dueDate = dueDate;
        if (task.assigneeId != null) {
            boolean overdue = Lateness.overdue(dueDate, time.today(task.networkId));
            outbox.add(TaskRescheduled.of(task, task.assigneeId, time.now(task.networkId), previous, overdue));
        }
    }

    private void complete(Task task) {
        close(task, time.today(task.networkId), time.now(task.networkId));
        completeParentIfDone(task);
    }

    /** Marks the task done on {@code completedOn}, on time or late by its due date, and says so at {@code completedAt}. */
    private void close(Task task, LocalDate completedOn, OffsetDateTime completedAt) {
        task.status = TaskStatus.DONE;
        task.completedOn = completedOn;
        task.needsReassignment = false;
        if (task.assigneeId != null) {
            int daysLate = Lateness.daysLate(task.dueDate, completedOn);
            outbox.add(TaskCompleted.of(task, task.assigneeId, completedAt, completedOn, daysLate == 0, daysLate));
        }
    }

    /** Cancelling a package cancels its open sub-packages: nobody should work on parts of cancelled work. */
    private void cancel(Task task, String reason) {
        task.status = TaskStatus.CANCELLED;
        task.cancelReason = reason;
        task.needsReassignment = false;
        outbox.add(TaskCancelled.of(task, task.assigneeId, time.now(task.networkId)));
        for (Task child : tasks.children(task.networkId, task.id)) {
            if (child.status.isOpen()) {
                cancel(child, reason);
            }
        }
        completeParentIfDone(task);
    }

    /** A parent is done when none of its sub-packages is open any more and at least one of them was done. */
    private void completeParentIfDone(Task child) {
        if (child.parentId == null) {
            return;
        }
        Task parent = tasks.findInNetwork(child.networkId, child.parentId).orElse(null);
        if (parent == null || !parent.status.isOpen()) {
            return;
        }
        List<Task> children = tasks.children(parent.networkId, parent.id);
        boolean noneOpen = children.stream().noneMatch(sibling -> sibling.status.isOpen());
        boolean anyDone = children.stream().anyMatch(sibling -> sibling.status == TaskStatus.DONE);
        if (noneOpen && anyDone) {
            complete(parent);
        }
    }

    private static List<String> normalised(List<String> tags) {
        if (tags == null) {
            return new ArrayList<>();
        }
        return new ArrayList<>(tags.stream().filter(Objects::nonNull).map(tag -> tag.strip().toLowerCase(Locale.ROOT))
                .filter(tag -> !tag.isEmpty()).distinct().toList());
    }

    public record TaskPage(List<Task> tasks, long total) {
    }
}
