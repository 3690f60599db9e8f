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

/**
 * A Thementisch (seed 003): a table for a working group, at a kick-off or any meeting, where whoever wants to get
 * involved signs up — "Dadurch sei eine gewisse Verbindlichkeit erzeugt worden".
 */
@Entity
@Table(name = "signup")
public class Signup {

    @Id
    public UUID id;

    @Column(name = "network_id", nullable = false)
    public String networkId;

    @Column(name = "group_id", nullable = false)
    public UUID groupId;

    /** A meeting of meeting-service, as the coordinator gave it: opaque here. */
    @Column(name = "meeting_id")
    public UUID meetingId;

    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SignupStatus status;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Version
    public long version;
}
