package de.netzwerk.task.service;

import de.netzwerk.task.Task;
import de.netzwerk.task.TaskStatus;
import de.netzwerk.task.event.TaskAssigned;
import de.netzwerk.task.event.TaskCancelled;
import de.netzwerk.task.event.TaskCompleted;
import de.netzwerk.task.event.TaskReassigned;
import de.netzwerk.task.event.TaskReassignmentNeeded;
import de.netzwerk.task.event.TaskRescheduled;
import de.netzwerk.task.language.Text;
import de.netzwerk.task.outbox.Outbox;
import de.netzwerk.task.repository.TaskRepository;
import de.netzwerk.task.rest.dto.CreateTaskRequest;
import de.netzwerk.task.paging.PageRequest;
import de.netzwerk.task.rest.dto.UpdateTaskRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
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

    /** A moment a client calls "now" may lie a little ahead of ours, as with tokens. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

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

    public Task create(String networkId, CreateTaskRequest request) {
        if (request.groupId() != null) {
            directory.requireGroup(networkId, request.groupId());
        }
        if (request.goalId() != null) {
            directory.requireGoal(networkId, request.goalId());
        }
        if (request.parentId() != null) {
            requireOpenParent(networkId, request.parentId());
        }
        if (request.assigneeId() != null) {
            directory.requireAssignable(networkId, request.assigneeId());
        }
        EnteredPast past = enteredPast(networkId, request);
        Task task = new Task();
        task.id = UUID.randomUUID();
        task.networkId = networkId;
        task.title = request.title().strip();
        task.description = request.description();
        task.groupId = request.groupId();
        task.goalId = request.goalId();
        task.parentId = request.parentId();
        task.assigneeId = request.assigneeId();
        task.assignedAt = task.assigneeId == null ? null : past.assignedAt();
        task.dueDate = request.dueDate();
        task.size = request.size();
        task.tags = normalised(request.tags());
        task.status = past.status() == TaskStatus.DONE ? TaskStatus.OPEN : past.status();
        task.createdAt = time.now(networkId);
        task.updatedAt = task.createdAt;
        tasks.persist(task);
        if (task.assigneeId != null) {
            outbox.add(TaskAssigned.of(task, task.assigneeId, task.assignedAt));
        }
        if (past.status() == TaskStatus.DONE) {
            // A finished sub-package entered after the fact leaves its parent open: its siblings may not be entered yet.
            close(task, past.completedOn(), past.completedAt());
        }
        deadlines.passOverMissed(task, time.today(networkId), task.createdAt.toInstant());
        return task;
    }

    /** The past a task is entered with, as given or as it follows from what is given. */
    private record EnteredPast(TaskStatus status, OffsetDateTime assignedAt, LocalDate completedOn,
            OffsetDateTime completedAt) {
    }

    /**
     * Checks the past a new task is entered with: nothing in the future, no completion before the assignment, and
     * fills in what is left out. A task entered as done before today without an assignment time is taken as
     * assigned at the start of the day it was done (the latest moment that fits), never after its completion.
     */
    private EnteredPast enteredPast(String networkId, CreateTaskRequest request) {
        OffsetDateTime now = time.now(networkId);
        LocalDate today = time.today(networkId);
        TaskStatus status = request.status() == null ? TaskStatus.OPEN : request.status();
        OffsetDateTime givenAssignedAt = request.assignedAt() == null ? null
                : time.at(networkId, request.assignedAt().toInstant());
        if (status == TaskStatus.CANCELLED) {
            throw new InvalidFieldException("status", Text.of("new-task-status"));
        }
        if (request.assignedAt() != null) {
            if (request.assigneeId() == null) {
                throw new InvalidFieldException("assignedAt", Text.of("only-with", "assigneeId"));
            }
            if (request.assignedAt().isAfter(now.plus(CLOCK_SKEW))) {
                throw new InvalidFieldException("assignedAt", Text.of("must-not-be-in-future"));
            }
        }
        if (status != TaskStatus.DONE) {
            if (request.completedOn() != null) {
                throw new InvalidFieldException("completedOn", Text.of("only-with", "status DONE"));
            }
            return new EnteredPast(status, givenAssignedAt == null ? now : givenAssignedAt, null, null);
        }
        LocalDate completedOn = request.completedOn() == null ? today : request.completedOn();
        if (completedOn.isAfter(today)) {
            throw new InvalidFieldException("completedOn", Text.of("must-not-be-in-future"));
        }
        OffsetDateTime startOfCompletionDay = completedOn.atStartOfDay(time.zone(networkId)).toOffsetDateTime();
        OffsetDateTime assignedAt = givenAssignedAt != null ? givenAssignedAt
                : completedOn.isBefore(today) ? startOfCompletionDay : now;
        if (completedOn.isBefore(assignedAt.atZoneSameInstant(time.zone(networkId)).toLocalDate())) {
            throw new InvalidFieldException("completedOn", Text.of("must-not-be-before", "assignedAt"));
        }
        OffsetDateTime completedAt = completedOn.equals(today) ? now
                : assignedAt.isAfter(startOfCompletionDay) ? assignedAt : startOfCompletionDay;
        return new EnteredPast(status, assignedAt, completedOn, completedAt);
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
    public Task update(String networkId, UUID taskId, long readVersion, UpdateTaskRequest request, UUID member) {
        Task task = tasks.findInNetworkForUpdate(networkId, taskId)
                .orElseThrow(() -> new ResourceNotFoundException("task", taskId));
        if (member != null) {
            requireMemberMayChange(task, request, member);
        }
        if (task.version != readVersion) {
            throw new StaleVersionException(task.version, readVersion);
        }
        if (!task.status.isOpen()) {
            throw new ConflictException(Text.of("task.closed", task.status));
        }
        validate(task, request);

        if (request.title() != null) {
            task.title = request.title().strip();
        }
        if (request.description() != null) {
            task.description = request.description();
        }
        if (request.groupId() != null) {
            task.groupId = request.groupId();
        }
        if (request.goalId() != null) {
            task.goalId = request.goalId();
        }
        if (request.parentId() != null) {
            task.parentId = request.parentId();
        }
        if (request.size() != null) {
            task.size = request.size();
        }
        if (request.tags() != null) {
            task.tags = normalised(request.tags());
        }
        if (request.assigneeId() != null && !request.assigneeId().equals(task.assigneeId)) {
            assign(task, request.assigneeId());
        }
        if (request.dueDate() != null && !request.dueDate().equals(task.dueDate)) {
            reschedule(task, request.dueDate());
        }
        if (request.status() != null && request.status() != task.status) {
            switch (request.status()) {
                case DONE -> complete(task);
                case CANCELLED -> cancel(task, request.cancelReason());
                default -> task.status = request.status();
            }
        }
        if (request.assigneeId() != null || request.dueDate() != null) {
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

    private static void requireMemberMayChange(Task task, UpdateTaskRequest request, UUID member) {
        if (!member.equals(task.assigneeId)) {
            throw new ForbiddenException("Members change only their own tasks.");
        }
        boolean onlyStatus = request.title() == null && request.description() == null && request.groupId() == null
                && request.goalId() == null && request.parentId() == null && request.assigneeId() == null
                && request.dueDate() == null && request.size() == null && request.tags() == null
                && request.cancelReason() == null;
        if (!onlyStatus || request.status() == TaskStatus.CANCELLED) {
            throw new ForbiddenException("Members change only the status of their tasks (in progress, done).");
        }
    }

    /** References already stored are not checked again: only what the request changes. */
    private void validate(Task task, UpdateTaskRequest request) {
        if (request.groupId() != null && !request.groupId().equals(task.groupId)) {
            directory.requireGroup(task.networkId, request.groupId());
        }
        if (request.goalId() != null && !request.goalId().equals(task.goalId)) {
            directory.requireGoal(task.networkId, request.goalId());
        }
        if (request.parentId() != null && !request.parentId().equals(task.parentId)) {
            Task parent = requireOpenParent(task.networkId, request.parentId());
            requireNoCycle(task, parent);
        }
        if (request.assigneeId() != null && !request.assigneeId().equals(task.assigneeId)) {
            directory.requireAssignable(task.networkId, request.assigneeId());
        }
        if (request.status() == TaskStatus.DONE && task.status != TaskStatus.DONE
                && tasks.children(task.networkId, task.id).stream().anyMatch(child -> child.status.isOpen())) {
            throw new ConflictException(Text.of("task.open-sub-packages"));
        }
        if (request.cancelReason() != null && request.status() != TaskStatus.CANCELLED) {
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
            boolean overdue = dueDate.isBefore(time.today(task.networkId));
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
            int daysLate = task.dueDate == null ? 0 : (int) Math.max(0, ChronoUnit.DAYS.between(task.dueDate, completedOn));
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
