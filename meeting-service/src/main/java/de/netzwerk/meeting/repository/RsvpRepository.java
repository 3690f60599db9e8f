package de.netzwerk.meeting.repository;

import de.netzwerk.meeting.Rsvp;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RsvpRepository implements PanacheRepositoryBase<Rsvp, UUID> {

    public Optional<Rsvp> find(UUID meetingId, UUID partnerId) {
        return find("meetingId = ?1 and partnerId = ?2", meetingId, partnerId).firstResultOptional();
    }

    public List<Rsvp> ofMeeting(UUID meetingId) {
        return list("meetingId", Sort.by("respondedAt").and("partnerId"), meetingId);
    }
}
