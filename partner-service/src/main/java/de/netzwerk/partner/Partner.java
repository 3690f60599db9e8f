package de.netzwerk.partner;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** An organisation or a person in a network: what they bring, what they want, how to reach them. */
@Entity
@Table(name = "partner")
public class Partner {

    @Id
    public UUID id;

    @Column(name = "network_id", nullable = false)
    public String networkId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartnerKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sector sector;

    /** Null only once the partner is {@link PartnerStatus#ERASED}. */
    public String name;

    public String email;

    public String phone;

    /** The partner's key in the network's own spreadsheet or system, unique in the network; null if none. */
    @Column(name = "external_id")
    public String externalId;

    /** Talents and expertise, lower-case, so that "Öffentlichkeitsarbeit" and "öffentlichkeitsarbeit" are one tag. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_expertise", joinColumns = @JoinColumn(name = "partner_id"))
    @Column(name = "tag", nullable = false)
    @OrderBy
    public Set<String> expertise = new TreeSet<>();

    /** What they want from the network: the "Vorteil" of seed 000. */
    public String interests;

    /** What they offer the network: time, rooms, know-how, contacts — anything but money. */
    public String offers;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartnerStatus status;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "given", column = @Column(name = "contact_consent")),
            @AttributeOverride(name = "recordedAt", column = @Column(name = "contact_consent_at")),
            @AttributeOverride(name = "recordedBy", column = @Column(name = "contact_consent_by")) })
    public Consent contactConsent;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "given", column = @Column(name = "listing_consent")),
            @AttributeOverride(name = "recordedAt", column = @Column(name = "listing_consent_at")),
            @AttributeOverride(name = "recordedBy", column = @Column(name = "listing_consent_by")) })
    public Consent listingConsent;

    /** May the network keep them in its directory, contact data included, after they left? */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "given", column = @Column(name = "stay_listed_consent")),
            @AttributeOverride(name = "recordedAt", column = @Column(name = "stay_listed_consent_at")),
            @AttributeOverride(name = "recordedBy", column = @Column(name = "stay_listed_consent_by")) })
    public Consent stayListedConsent;

    /** When the status last became {@link PartnerStatus#LEFT}; null while they are in the network. */
    @Column(name = "left_at")
    public OffsetDateTime leftAt;

    /** The last time their contact data was removed because they had left; null if it never was. */
    @Embedded
    public ContactDataRemoval contactDataRemoval;

    /** When their personal data was erased; null unless {@link PartnerStatus#ERASED}. */
    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;

    /** The network member who looks after the relationship with this partner. */
    @Column(name = "responsible_partner_id")
    public UUID responsiblePartnerId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
