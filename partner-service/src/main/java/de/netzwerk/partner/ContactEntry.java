package de.netzwerk.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One contact with a partner, in the contact log of network care (seed 002, step 4). */
@Entity
@Table(name = "contact_entry")
public class ContactEntry {

    @Id
    public UUID id;

    @Column(name = "network_id", nullable = false)
    public String networkId;

    @Column(name = "partner_id", nullable = false)
    public UUID partnerId;

    @Column(name = "contacted_on", nullable = false)
    public LocalDate contactedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContactChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContactLevel level;

    /** Who made the contact, as they are known in the network. */
    @Column(name = "made_by", nullable = false)
    public String madeBy;

    public String note;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
