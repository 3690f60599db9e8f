package de.netzwerk.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A package of work with at most one owner (a partner) and a due date. A task may be split into sub-packages
 * (tasks whose {@code parentId} names it); it is done when they are.
 */
@Entity
@Table(name = "task")
@EntityListeners(TaskChangeStamp.class)
public class Task {

    @Id
    public UUID id;

    /** Never changes: a task stays in the network it was created in. */
    @Column(name = "network_id", nullable = false, updatable = false)
    public String networkId;

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(name = "group_id")
    public UUID groupId;

    /** The strategic goal the task serves. */
    @Column(name = "goal_id")
    public UUID goalId;

    /** The task this one is a sub-package of. */
    @Column(name = "parent_id")
    public UUID parentId;

    @Enumerated(EnumType.STRING)
    public TaskSize size;

    /** Lower-case words saying what the work needs; matched against partners' expertise. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> tags = new ArrayList<>();

    @Column(name = "assignee_id")
    public UUID assigneeId;

    /** When the task became its current owner's; empty for tasks assigned before this was kept. */
    @Column(name = "assigned_at")
    public OffsetDateTime assignedAt;

    /** A calendar day in the network's time zone. */
    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TaskStatus status;

    /** The day it was done, in the network's time zone. */
    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Column(name = "cancel_reason")
    public String cancelReason;

    /** The owner left the network: a coordinator must give the task to someone else. */
    @Column(name = "needs_reassignment", nullable = false)
    public boolean needsReassignment;

    /** When the task was entered; for a task entered after the fact, later than its assignment or completion. */
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** When the task last changed ({@link TaskChangeStamp}); its creation until then. For clients that poll. */
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
