package de.netzwerk.meeting.service;

import de.netzwerk.meeting.Meeting;
import de.netzwerk.meeting.repository.MeetingRepository;
import de.netzwerk.meeting.rest.dto.PageRequest;
import de.netzwerk.meeting.rest.dto.ScheduleMeetingRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class MeetingService {

    private final MeetingRepository meetings;
    private final Clock clock;

    MeetingService(MeetingRepository meetings, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    public Meeting schedule(String networkId, ScheduleMeetingRequest request) {
        if (!request.endsAt().isAfter(request.startsAt())) {
            throw new InvalidFieldException("endsAt", "must be after startsAt");
        }
        Meeting meeting = new Meeting();
        meeting.id = UUID.randomUUID();
        meeting.networkId = networkId;
        meeting.groupId = request.groupId();
        meeting.title = request.title().strip();
        meeting.startsAt = request.startsAt();
        meeting.endsAt = request.endsAt();
        meeting.createdAt = OffsetDateTime.now(clock);
        meetings.persist(meeting);
        return meeting;
    }

    public Meeting get(String networkId, UUID meetingId) {
        return meetings.findInNetwork(networkId, meetingId)
                .orElseThrow(() -> new ResourceNotFoundException("meeting", meetingId));
    }

    public MeetingPage list(String networkId, UUID groupId, PageRequest page) {
        PanacheQuery<Meeting> query = meetings.inNetwork(networkId, groupId).page(page.toPanache());
        return new MeetingPage(query.list(), query.count());
    }

    /** The group's meetings still ahead to which invitations were sent. */
    public List<Meeting> upcomingWithInvitations(String networkId, UUID groupId) {
        return meetings.upcomingWithInvitations(networkId, groupId, OffsetDateTime.now(clock));
    }

    public record MeetingPage(List<Meeting> meetings, long total) {
    }
}
