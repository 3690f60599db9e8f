package de.netzwerk.meeting.repository;

import de.netzwerk.meeting.Attendance;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AttendanceRepository implements PanacheRepositoryBase<Attendance, UUID> {

    public List<Attendance> ofMeeting(UUID meetingId) {
        return list("meetingId", Sort.by("partnerId"), meetingId);
    }

    public boolean anyRecorded(UUID meetingId) {
        return count("meetingId", meetingId) > 0;
    }
}
