package de.netzwerk.meeting.service;

import de.netzwerk.meeting.CalendarFeed;
import de.netzwerk.meeting.Meeting;
import de.netzwerk.meeting.Partner;
import de.netzwerk.meeting.calendar.FeedSecret;
import de.netzwerk.meeting.language.Text;
import de.netzwerk.meeting.repository.CalendarFeedRepository;
import de.netzwerk.meeting.repository.ErasureRepository;
import de.netzwerk.meeting.repository.GroupMemberRepository;
import de.netzwerk.meeting.repository.MeetingRepository;
import de.netzwerk.meeting.repository.PartnerRepository;
import de.netzwerk.meeting.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Calendar feeds behind secret links. A member subscribes to the meetings they are invited to, or to a group they
 * belong to; a coordinator to any group of the network. The link's secret is returned once, at creation; afterwards
 * a feed is found only by the digest of the secret presented. A feed whose partner has left, or whose member no longer
 * belongs to the group, answers nothing, even before the event that deletes it has been processed.
 */
@ApplicationScoped
@Transactional
public class CalendarFeedService {

    private final CalendarFeedRepository feeds;
    private final MeetingRepository meetings;
    private final GroupMemberRepository memberships;
    private final PartnerRepository partners;
    private final ErasureRepository erasures;
    private final NetworkReferences references;
    private final Clock clock;

    CalendarFeedService(CalendarFeedRepository feeds, MeetingRepository meetings, GroupMemberRepository memberships,
            PartnerRepository partners, ErasureRepository erasures, NetworkReferences references, Clock clock) {
        this.feeds = feeds;
        this.meetings = meetings;
        this.memberships = memberships;
        this.partners = partners;
        this.erasures = erasures;
        this.references = references;
        this.clock = clock;
    }

    /** Who asks: the token's subject, the partner it names (if any) and whether they coordinate the network. */
    public record Caller(String subject, Optional<UUID> partnerId, boolean coordinator) {
    }

    /** A feed just created, with the secret of its link: the only time the secret is known outside the request. */
    public record CreatedFeed(CalendarFeed feed, String secret) {
    }

    /** A feed read by its link: what it is and its meetings of the past year and ahead, cancelled ones included. */
    public record FeedContent(CalendarFeed feed, List<Meeting> meetings) {
    }

    public record FeedPage(List<CalendarFeed> feeds, long total) {
    }

    public CreatedFeed create(String networkId, Caller caller, CalendarFeed.Scope scope, UUID groupId) {
        CalendarFeed feed = new CalendarFeed();
        feed.id = UUID.randomUUID();
        feed.networkId = networkId;
        feed.scope = scope;
        feed.partnerId = caller.partnerId().orElse(null);
        feed.createdBy = caller.subject();
        feed.createdAt = OffsetDateTime.now(clock);
        switch (scope) {
            case GROUP -> {
                if (groupId == null) {
                    throw new InvalidFieldException("groupId", Text.of("required-for-group-feed"));
                }
                references.requireGroup(networkId, groupId, "groupId");
                feed.groupId = groupId;
                feed.viaMembership = !caller.coordinator();
                if (feed.viaMembership && !belongsToGroup(networkId, groupId, feed.partnerId)) {
                    throw new ForbiddenException("A member may subscribe to the meetings of their own groups only.");
                }
            }
            case MY_MEETINGS -> {
                if (groupId != null) {
                    throw new InvalidFieldException("groupId", Text.of("not-for-my-meetings-feed"));
                }
                if (feed.partnerId == null) {
                    throw new InvalidFieldException("scope", Text.of("my-meetings-needs-partner"));
                }
            }
        }
        if (feed.partnerId != null && hasGone(networkId, feed.partnerId)) {
            throw new ConflictException(Text.of("calendar-feed.partner-left"));
        }
        String secret = FeedSecret.generate();
        feed.secretDigest = FeedSecret.digestOf(secret);
        feeds.persist(feed);
        return new CreatedFeed(feed, secret);
    }

    /** A coordinator sees every feed of the network, so that they can revoke any; anyone else their own. */
    public FeedPage list(String networkId, Caller caller, PageRequest page) {
        PanacheQuery<CalendarFeed> query = caller.coordinator() ? feeds.inNetwork(networkId)
                : caller.partnerId().map(partner -> feeds.ofPartner(networkId, partner))
                        .orElseGet(() -> feeds.ofAccount(networkId, caller.subject()));
        query.page(page.toPanache());
        return new FeedPage(query.list(), query.count());
    }

    /** Revokes a feed: its link answers nothing from now on. Someone else's feed is not found for a member. */
    public void revoke(String networkId, Caller caller, UUID feedId) {
        CalendarFeed feed = feeds.findInNetwork(networkId, feedId)
                .filter(found -> caller.coordinator() || isOwner(found, caller))
                .orElseThrow(() -> new ResourceNotFoundException("calendar feed", feedId));
        feeds.delete(feed);
    }

    /** The feed the secret opens, or empty: the same for a secret never issued, one revoked and one gone stale. */
    public Optional<FeedContent> read(String secret) {
        if (!FeedSecret.isWellFormed(secret)) {
            return Optional.empty();
        }
        String digest = FeedSecret.digestOf(secret);
        return feeds.findBySecretDigest(digest)
                .filter(feed -> FeedSecret.sameDigest(feed.secretDigest, digest))
                .filter(this::stillValid)
                .map(feed -> new FeedContent(feed, meetingsOf(feed)));
    }

    private List<Meeting> meetingsOf(CalendarFeed feed) {
        OffsetDateTime yearAgo = OffsetDateTime.now(clock).minusYears(1);
        return switch (feed.scope) {
            case GROUP -> meetings.inNetwork(feed.networkId, new MeetingRepository.Filter(feed.groupId, yearAgo, null)).list();
            case MY_MEETINGS -> meetings.invitingPartner(feed.networkId, feed.partnerId, yearAgo);
        };
    }

    /** The events deleting a feed may not have arrived yet: a partner gone, or a membership ended, closes it now. */
    private boolean stillValid(CalendarFeed feed) {
        if (feed.partnerId != null && hasGone(feed.networkId, feed.partnerId)) {
            return false;
        }
        return !feed.viaMembership || belongsToGroup(feed.networkId, feed.groupId, feed.partnerId);
    }

    private boolean hasGone(String networkId, UUID partnerId) {
        return erasures.isErased(partnerId)
                || partners.findInNetwork(networkId, partnerId).map(Partner::hasLeft).orElse(false);
    }

    private boolean belongsToGroup(String networkId, UUID groupId, UUID partnerId) {
        return partnerId != null && memberships.find(groupId, partnerId)
                .filter(member -> member.networkId.equals(networkId)).isPresent();
    }

    private static boolean isOwner(CalendarFeed feed, Caller caller) {
        return caller.partnerId().map(partner -> partner.equals(feed.partnerId))
                .orElseGet(() -> feed.partnerId == null && feed.createdBy.equals(caller.subject()));
    }
}
