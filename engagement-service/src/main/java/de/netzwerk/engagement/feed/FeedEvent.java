package de.netzwerk.engagement.feed;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** One event of a feed as a CloudEvent 1.0 in structured mode: the attributes Kafka carries as ce_ headers, and its data. */
@Schema(name = "FeedEvent", description = "A CloudEvent 1.0 (JSON format), exactly as published on Kafka")
public record FeedEvent(
        @Schema(required = true, examples = "1.0") String specversion,
        @Schema(required = true, description = "Unique per event; the same as ce_id on Kafka") String id,
        @Schema(required = true, description = "Past tense and versioned, as ce_type on Kafka") String type,
        @Schema(required = true, description = "The producing service, as ce_source on Kafka") String source,
        @Schema(required = true, description = "When it happened (ISO-8601 with offset)") String time,
        @Schema(required = true, description = "What it is about: a partner's id, else the aggregate's") String subject,
        @Schema(required = true, description = "The network (an extension attribute)") String networkid,
        @Schema(required = true, examples = "application/json") String datacontenttype,
        @Schema(required = true, description = "The payload; its JSON Schema is the event type's in the producer's AsyncAPI files")
        Map<String, Object> data) {
}
