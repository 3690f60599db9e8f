package de.netzwerk.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * A strategic goal of a network, known from partner-events: a task may serve only a goal of its own network.
 * partner-service owns the goal; task-service needs nothing but its key.
 */
@Entity
@Table(name = "strategic_goal")
@IdClass(NetworkKey.class)
public class StrategicGoal {

    @Id
    @Column(name = "network_id")
    public String networkId;

    @Id
    public UUID id;
}
