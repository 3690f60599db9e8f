package de.netzwerk.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A meeting of one group of a network. */
@Entity
@Table(name = "meeting")
public class Meeting {

    @Id
    public UUID id;

    @Column(name = "network_id", nullable = false)
    public String networkId;

    @Column(name = "group_id", nullable = false)
    public UUID groupId;

    @Column(nullable = false)
    public String title;

    @Column(name = "starts_at", nullable = false)
    public OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    public OffsetDateTime endsAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
