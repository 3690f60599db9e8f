package de.netzwerk.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The steering group or a working group of a network. */
@Entity
@Table(name = "partner_group")
public class PartnerGroup {

    @Id
    public UUID id;

    @Column(name = "network_id", nullable = false)
    public String networkId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GroupKind kind;

    @Column(nullable = false)
    public String name;

    public String theme;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
