package de.netzwerk.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * A partner as partner-service announced them (registered, updated, left): meeting-service's own replica, so that a
 * meeting invites, and records answers and attendance of, partners of its own network only.
 */
@Entity
@Table(name = "partner")
public class Partner {

    public static final String LEFT = "LEFT";

    @Id
    public UUID id;

    @Column(name = "network_id", nullable = false)
    public String networkId;

    /** PROSPECT, ACTIVE, PAUSED or LEFT, as partner-service names them. */
    @Column(nullable = false)
    public String status;

    /** The profile version of the latest state applied; an older one arriving late changes nothing. */
    @Column(name = "profile_version", nullable = false)
    public long profileVersion;

    public boolean hasLeft() {
        return LEFT.equals(status);
    }
}
