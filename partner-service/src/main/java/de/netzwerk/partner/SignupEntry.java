package de.netzwerk.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Someone who signed up at a Thementisch. It names the partner only: their name and contact data are the partner's,
 * kept in one place. Says whether the entry created the partner (a prospect) and started their membership.
 */
@Entity
@Table(name = "signup_entry")
public class SignupEntry {

    @Id
    public UUID id;

    @Column(name = "network_id", nullable = false)
    public String networkId;

    @Column(name = "signup_id", nullable = false)
    public UUID signupId;

    @Column(name = "partner_id", nullable = false)
    public UUID partnerId;

    @Column(name = "partner_created", nullable = false)
    public boolean partnerCreated;

    @Column(name = "membership_started", nullable = false)
    public boolean membershipStarted;

    @Column(name = "entered_by", nullable = false)
    public String enteredBy;

    @Column(name = "entered_at", nullable = false)
    public OffsetDateTime enteredAt;
}
