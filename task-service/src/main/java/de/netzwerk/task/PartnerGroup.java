package de.netzwerk.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * A group of a network (the steering group or a working group), known from partner-events: a task may serve
 * only a group of its own network. partner-service owns the group; task-service needs nothing but its key.
 */
@Entity
@Table(name = "partner_group")
@IdClass(NetworkKey.class)
public class PartnerGroup {

    @Id
    @Column(name = "network_id")
    public String networkId;

    @Id
    public UUID id;
}
