package de.netzwerk.partner;

import de.netzwerk.partner.rules.CooperationStatus;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An agreed, purposeful, time-limited collaboration of partners of a network (seed 004): what for, from when to when,
 * what each party brings, and how it stands. It stays as the network's record when it ends, and when parties are
 * erased: then it names the parties left and counts the others in {@link #erasedParties}.
 */
@Entity
@Table(name = "cooperation")
public class Cooperation {

    @Id
    public UUID id;

    @Column(name = "network_id", nullable = false)
    public String networkId;

    @Column(nullable = false)
    public String purpose;

    /** The strategic goal it serves, if any. */
    @Column(name = "goal_id")
    public UUID goalId;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CooperationStatus status;

    /** Set when it ends, as planned or early. */
    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    public CooperationEndReason endReason;

    @Column(name = "end_note")
    public String endNote;

    @Column(name = "follows_cooperation_id")
    public UUID followsCooperationId;

    @Column(name = "erased_parties", nullable = false)
    public int erasedParties;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cooperation_party", joinColumns = @JoinColumn(name = "cooperation_id"))
    @OrderBy("partnerId")
    public List<CooperationParty> parties = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    public List<UUID> partnerIds() {
        return parties.stream().map(party -> party.partnerId).toList();
    }
}
