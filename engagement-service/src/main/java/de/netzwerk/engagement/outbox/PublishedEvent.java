package de.netzwerk.engagement.outbox;

/**
 * An event this service publishes, on {@code engagement-events} unless it names another topic. The record's components
 * are its JSON payload; these methods give its topic, key and CloudEvents attributes and are not part of the payload.
 */
public interface PublishedEvent {

    /** The versioned type without the service prefix, e.g. {@code disengagement-detected.v1}. */
    String eventType();

    /** The network the event belongs to ({@code ce_networkid}). */
    String networkId();

    /**
     * What the event is about ({@code ce_subject}) and the record key: the partner id for events about a
     * partner, so that each partner's events stay in order; otherwise the aggregate id.
     */
    String subject();

    /** The topic it is published on. */
    default String topic() {
        return Outbox.TOPIC;
    }

    /** The record key: the subject, unless the event's order is kept by something else than what it is about. */
    default String key() {
        return subject();
    }
}
