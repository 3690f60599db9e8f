package de.netzwerk.meeting.repository;

import de.netzwerk.meeting.Invitation;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class InvitationRepository implements PanacheRepositoryBase<Invitation, UUID> {

    public List<Invitation> ofMeeting(UUID meetingId) {
        return list("meetingId", Sort.by("sentAt").and("partnerId"), meetingId);
    }

    /** One page of a meeting's invitations, in the order they were sent. */
    public PanacheQuery<Invitation> pageOfMeeting(UUID meetingId) {
        return find("meetingId", Sort.by("sentAt").and("partnerId"), meetingId);
    }

    public Set<UUID> inviteesOf(UUID meetingId) {
        return ofMeeting(meetingId).stream().map(invitation -> invitation.partnerId).collect(Collectors.toSet());
    }
}
