package de.netzwerk.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.UUID;

/** A partner's place in a group, from the day they joined to the day they left. Ended memberships stay. */
@Entity
@Table(name = "membership")
public class Membership {

    @Id
    public UUID id;

    @Column(name = "network_id", nullable = false)
    public String networkId;

    @Column(name = "group_id", nullable = false)
    public UUID groupId;

    @Column(name = "partner_id", nullable = false)
    public UUID partnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MembershipRole role;

    @Column(name = "joined_on", nullable = false)
    public LocalDate joinedOn;

    @Column(name = "left_on")
    public LocalDate leftOn;

    /** Seed 003: a newcomer gets an introductory talk before their first meeting. */
    @Column(name = "introductory_talk_done", nullable = false)
    public boolean introductoryTalkDone;

    @Version
    public long version;
}
