package de.netzwerk.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A calendar feed someone subscribed to by a secret link: a group's meetings or the meetings a partner is invited to.
 * The link's secret itself is never stored, only its digest ({@code calendar.FeedSecret}); revoking deletes the row.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    public enum Scope {
        /** The meetings of one group. */
        GROUP,
        /** The meetings the partner is invited to, of any group. */
        MY_MEETINGS
    }

    @Id
    public UUID id;

    @Column(name = "network_id", nullable = false)
    public String networkId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Scope scope;

    /** The group of a GROUP feed; null for MY_MEETINGS. */
    @Column(name = "group_id")
    public UUID groupId;

    /** The partner the feed is for; null for a coordinator whose token names no partner. */
    @Column(name = "partner_id")
    public UUID partnerId;

    /** The token subject that created the feed. */
    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** A member's GROUP feed, granted because they belong to the group: it ends with their membership. */
    @Column(name = "via_membership", nullable = false)
    public boolean viaMembership;

    @Column(name = "secret_digest", nullable = false)
    public String secretDigest;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
