package de.netzwerk.meeting.service;

import de.netzwerk.meeting.AttendanceStatus;

import java.util.UUID;

/** Whether a partner was at a meeting, as a coordinator records it. */
public record Presence(UUID partnerId, AttendanceStatus status) {
}
