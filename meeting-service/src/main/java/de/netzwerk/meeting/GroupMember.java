package de.netzwerk.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A current member of a group, as partner-service announced it (membership-started, -changed, -ended):
 * meeting-service's own replica, so that invitations never call another service.
 */
@Entity
@Table(name = "group_member")
public class GroupMember {

    @Id
    public UUID id;

    @Column(name = "group_id", nullable = false)
    public UUID groupId;

    @Column(name = "partner_id", nullable = false)
    public UUID partnerId;

    @Column(name = "network_id", nullable = false)
    public String networkId;

    @Column(nullable = false)
    public String role;

    @Column(name = "joined_on", nullable = false)
    public LocalDate joinedOn;

    @Column(name = "introductory_talk_done", nullable = false)
    public boolean introductoryTalkDone;

    /** The membership's version in partner-service: an older state arriving late changes nothing. */
    @Column(name = "membership_version", nullable = false)
    public long membershipVersion;
}
