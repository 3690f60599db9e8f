package de.netzwerk.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * A group (steering or working group) and the network it is of, as partner-service announced it with group-created
 * or a membership: a meeting may be scheduled for a group of its own network only.
 */
@Entity
@Table(name = "partner_group")
public class PartnerGroup {

    @Id
    public UUID id;

    @Column(name = "network_id", nullable = false)
    public String networkId;
}
