package de.netzwerk.engagement.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many partners still wait for their assessment after a replay. */
@Schema(name = "ReplayStatus")
public record ReplayStatusResponse(@Schema(required = true) long pendingAssessments) {
}
