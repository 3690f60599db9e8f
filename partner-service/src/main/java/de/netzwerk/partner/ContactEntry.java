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

    /**
     * Who made the contact, as they are known in the network. Unknown (null) for a contact learnt from an event:
     * events carry no names.
     */
    @Column(name = "made_by")
    public String madeBy;

    public String note;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContactSource source;

    /** The alert whose follow-up this contact was; only for {@link ContactSource#ALERT_FOLLOW_UP}. */
    @Column(name = "alert_id")
    public UUID alertId;

    /** When the contact happened to the minute, where the source says so (alert follow-up); else only the day. */
    @Column(name = "contacted_at")
    public OffsetDateTime contactedAt;
}
