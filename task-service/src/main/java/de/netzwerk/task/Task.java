package de.netzwerk.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A package of work with at most one owner (a partner) and a due date. */
@Entity
@Table(name = "task")
public class Task {

    @Id
    public UUID id;

    @Column(name = "network_id", nullable = false)
    public String networkId;

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(name = "group_id")
    public UUID groupId;

    @Column(name = "assignee_id")
    public UUID assigneeId;

    /** A calendar day in the network's time zone. */
    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TaskStatus status;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
