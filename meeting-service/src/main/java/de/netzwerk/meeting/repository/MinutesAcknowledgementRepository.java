package de.netzwerk.meeting.repository;

import de.netzwerk.meeting.MinutesAcknowledgement;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MinutesAcknowledgementRepository
        implements PanacheRepositoryBase<MinutesAcknowledgement, MinutesAcknowledgement.Key> {

    public List<MinutesAcknowledgement> ofMeeting(UUID meetingId) {
        return list("id.meetingId", meetingId);
    }
}
