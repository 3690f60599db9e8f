package de.netzwerk.meeting.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The invitations one request has just sent: all of them, not a page of a list (the list of a meeting's invitations is
 * {@code GET …/invitations}). An object rather than a bare array, so that fields can be added within a version.
 */
public record SentInvitationsResponse(
        @Schema(required = true, description = "Those invited by this request; empty when everyone was invited before")
        List<InvitationResponse> items) {
}
