package de.netzwerk.meeting.service;

import de.netzwerk.meeting.AttendanceStatus;
import de.netzwerk.meeting.Meeting;
import de.netzwerk.meeting.Minutes;
import de.netzwerk.meeting.MinutesAcknowledgement;
import de.netzwerk.meeting.config.MeetingConfig;
import de.netzwerk.meeting.event.MinutesAcknowledged;
import de.netzwerk.meeting.event.MinutesPublished;
import de.netzwerk.meeting.language.Text;
import de.netzwerk.meeting.outbox.Outbox;
import de.netzwerk.meeting.repository.AttendanceRepository;
import de.netzwerk.meeting.repository.InvitationRepository;
import de.netzwerk.meeting.repository.MeetingRepository;
import de.netzwerk.meeting.repository.MinutesAcknowledgementRepository;
import de.netzwerk.meeting.repository.MinutesRepository;
import de.netzwerk.meeting.timing.EarliestMoment;
import de.netzwerk.meeting.timing.MinutesTiming;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional
public class MinutesService {

    private final MeetingService meetings;
    private final MeetingRepository meetingRows;
    private final NetworkReferences references;
    private final MinutesRepository minutes;
    private final MinutesAcknowledgementRepository acknowledgements;
    private final InvitationRepository invitations;
    private final AttendanceRepository attendances;
    private final Outbox outbox;
    private final MeetingConfig config;
    private final Clock clock;

    MinutesService(MeetingService meetings, MeetingRepository meetingRows, NetworkReferences references,
            MinutesRepository minutes, MinutesAcknowledgementRepository acknowledgements, InvitationRepository invitations,
            AttendanceRepository attendances, Outbox outbox, MeetingConfig config, Clock clock) {
        this.meetings = meetings;
        this.meetingRows = meetingRows;
        this.references = references;
        this.minutes = minutes;
        this.acknowledgements = acknowledgements;
        this.invitations = invitations;
        this.attendances = attendances;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /** The minutes, who was asked to read them, and who has. */
    public record MinutesView(Minutes minutes, List<UUID> askedToRead, Map<UUID, OffsetDateTime> acknowledgedAt) {
    }

    /**
     * Publishes the minutes of a meeting that is over, at the moment the coordinator says they came out (now when not
     * given). The publication is judged against the policy (late after {@code minutes-within-days}) and published as
     * an event. Later edits correct the text only: the publication date stays, unless the coordinator moves it
     * earlier, which judges and publishes the minutes again. A later date is refused: consumers keep the earliest
     * publication they were told of, so it could not be taken back.
     *
     * <p>The first publication overwrites nothing and needs no version ({@code expectedVersion} null); one sent anyway
     * cannot match. A correction must name the version the coordinator read, so that no one's correction is lost.
     */
    public MinutesView publish(String networkId, UUID meetingId, Long expectedVersion, String givenText, String link,
            OffsetDateTime publishedAt) {
        Meeting meeting = meetings.open(networkId, meetingId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (meeting.endsAt.isAfter(now)) {
            throw new ConflictException(Text.of("meeting.not-over", meeting.end()));
        }
        if (publishedAt != null) {
            PastMoments.requireNotInFuture("publishedAt", publishedAt, now);
            if (publishedAt.isBefore(meeting.startsAt)) {
                throw new InvalidFieldException("publishedAt", Text.of("before-meeting-started", meeting.start()));
            }
        }
        String text = givenText == null || givenText.isBlank() ? null : givenText;
        meetingRows.lockRow(meetingId);
        Minutes published = minutes.findById(meetingId);
        if (published == null && expectedVersion != null) {
            throw new NothingToMatchException(Text.of("minutes.not-published"));
        }
        if (published != null && expectedVersion == null) {
            throw new VersionRequiredException();
        }
        if (published != null && published.version != expectedVersion) {
            throw new StaleVersionException(published.version, expectedVersion);
        }
        if (published == null) {
            published = new Minutes();
            published.meetingId = meetingId;
            published.text = text;
            published.link = link;
            published.updatedAt = now;
            judge(meeting, published, publishedAt == null ? now : publishedAt);
            minutes.persist(published);
            outbox.add(MinutesPublished.of(meeting, published, askedToRead(meetingId)));
            return view(published);
        }
        if (!Objects.equals(published.text, text) || !Objects.equals(published.link, link)) {
            published.text = text;
            published.link = link;
            published.updatedAt = now;
        }
        EarliestMoment.Correction correction = EarliestMoment.of(published.publishedAt, publishedAt);
        if (correction == EarliestMoment.Correction.REFUSE) {
            throw new ConflictException(Text.of("minutes.published-earlier", published.publishedAt));
        }
        if (correction == EarliestMoment.Correction.CORRECT) {
            judge(meeting, published, publishedAt);
            published.updatedAt = now;
            outbox.add(MinutesPublished.of(meeting, published, askedToRead(meetingId)));
        }
        return view(published);
    }

    /** Calendar days from the meeting's end to the publication, in the meeting's time zone, against the policy. */
    private void judge(Meeting meeting, Minutes published, OffsetDateTime publishedAt) {
        MinutesTiming.Judged timing = MinutesTiming.judge(meeting.endsAt.atZoneSameInstant(meeting.zone()), publishedAt,
                config.minutesWithinDays());
        published.publishedAt = publishedAt;
        published.daysAfter = timing.daysAfter();
        published.late = timing.late();
    }

    public MinutesView of(String networkId, UUID meetingId) {
        meetings.get(networkId, meetingId);
        return view(minutes.findByIdOptional(meetingId).orElseThrow(() -> new ResourceNotFoundException("minutes", meetingId)));
    }

    /**
     * Records that an invitee has read the minutes, now or, entered by a coordinator, at {@code acknowledgedAt}.
     * Saying it again changes nothing; an earlier time corrects the record and is published again, a later one is
     * refused, since consumers keep the earliest reading they were told of.
     */
    public MinutesAcknowledgement acknowledge(String networkId, UUID meetingId, UUID partnerId,
            OffsetDateTime acknowledgedAt, String recordedBy) {
        Meeting meeting = meetings.open(networkId, meetingId);
        references.requirePartnerInPath(networkId, partnerId);
        Minutes published = minutes.findById(meetingId);
        if (published == null) {
            throw new ConflictException(Text.of("minutes.not-published"));
        }
        if (!invitations.inviteesOf(meetingId).contains(partnerId)) {
            throw new ConflictException(Text.of("meeting.not-invited", partnerId));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (acknowledgedAt != null) {
            PastMoments.requireNotInFuture("acknowledgedAt", acknowledgedAt, now);
            if (acknowledgedAt.isBefore(published.publishedAt)) {
                throw new InvalidFieldException("acknowledgedAt", Text.of("before-minutes-published", published.publishedAt));
            }
        }
        MinutesAcknowledgement.Key key = new MinutesAcknowledgement.Key(meetingId, partnerId);
        MinutesAcknowledgement acknowledgement = acknowledgements.findById(key);
        if (acknowledgement != null) {
            EarliestMoment.Correction correction = EarliestMoment.of(acknowledgement.acknowledgedAt, acknowledgedAt);
            if (correction == EarliestMoment.Correction.KEEP) {
                return acknowledgement;
            }
            if (correction == EarliestMoment.Correction.REFUSE) {
                throw new ConflictException(Text.of("minutes.read-earlier", partnerId, acknowledgement.acknowledgedAt));
            }
        } else {
            acknowledgement = new MinutesAcknowledgement();
            acknowledgement.id = key;
        }
        acknowledgement.acknowledgedAt = acknowledgedAt == null ? now : acknowledgedAt;
        acknowledgement.recordedBy = recordedBy;
        if (!acknowledgements.isPersistent(acknowledgement)) {
            acknowledgements.persist(acknowledgement);
        }
        outbox.add(MinutesAcknowledged.of(meeting, acknowledgement, askedToRead(meetingId).contains(partnerId)));
        return acknowledgement;
    }

    private MinutesView view(Minutes published) {
        Map<UUID, OffsetDateTime> acknowledged = acknowledgements.ofMeeting(published.meetingId).stream()
                .collect(Collectors.toMap(acknowledgement -> acknowledgement.id.partnerId(),
                        acknowledgement -> acknowledgement.acknowledgedAt));
        return new MinutesView(published, askedToRead(published.meetingId), acknowledged);
    }

    /** Invitees not recorded as present: better to ask one too many to read the minutes than one too few. */
    private List<UUID> askedToRead(UUID meetingId) {
        Set<UUID> present = attendances.ofMeeting(meetingId).stream()
                .filter(attendance -> attendance.status == AttendanceStatus.PRESENT)
                .map(attendance -> attendance.partnerId)
                .collect(Collectors.toSet());
        return invitations.inviteesOf(meetingId).stream().filter(partner -> !present.contains(partner)).sorted().toList();
    }
}
