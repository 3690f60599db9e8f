package de.netzwerk.engagement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A sign that a partner may be drifting away, for a coordinator to follow up. */
@Entity
@Table(name = "alert")
public class Alert {

    @Id
    public UUID id;

    @Column(name = "network_id", nullable = false)
    public String networkId;

    @Column(name = "partner_id", nullable = false)
    public UUID partnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AlertRule rule;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AlertStatus status;

    @Column(name = "raised_at", nullable = false)
    public OffsetDateTime raisedAt;

    @Version
    public long version;
}
