package de.netzwerk.partner;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * An offer or a need of a partner in the resource exchange. It is open until the end of its valid-until day in the
 * network's time zone; after that it has expired and leaves the open lists by itself. Withdrawn earlier, it leaves
 * them at once.
 */
@Entity
@Table(name = "exchange_entry")
public class ExchangeEntry {

    @Id
    public UUID id;

    @Column(name = "network_id", nullable = false)
    public String networkId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ExchangeSide side;

    @Column(name = "partner_id", nullable = false)
    public UUID partnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ExchangeKind kind;

    /** The partner's own words: shown in the API, never published on an event. */
    @Column(nullable = false)
    public String description;

    /** Lower-case tags, like a partner's expertise: they are what events say about the entry. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "exchange_entry_tag", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "tag", nullable = false)
    @OrderBy
    public Set<String> tags = new TreeSet<>();

    /**
     * The meeting it was posted at (a Marktplatz at a meeting), if any: a meeting id of the network as learnt from
     * meeting-service's events; partner-service knows nothing else about the meeting.
     */
    @Column(name = "meeting_id")
    public UUID meetingId;

    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;

    /** The token subject of whoever posted it: the partner themselves or a coordinator for them. */
    @Column(name = "posted_by", nullable = false)
    public String postedBy;

    @Column(name = "posted_at", nullable = false)
    public OffsetDateTime postedAt;

    /** The token subject of whoever withdrew it, with when; both null while it was not withdrawn. */
    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    /** Raised by every change (a withdrawal): the ETag a client sends back in {@code If-Match}. */
    @Version
    public long version;

    public ExchangeEntryStatus statusOn(LocalDate today) {
        if (withdrawnAt != null) {
            return ExchangeEntryStatus.WITHDRAWN;
        }
        return validUntil.isBefore(today) ? ExchangeEntryStatus.EXPIRED : ExchangeEntryStatus.OPEN;
    }
}
