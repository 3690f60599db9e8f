package de.netzwerk.partner.outbox;

/**
 * An event this service publishes on {@code partner-events}. The record's components are its JSON payload;
 * these methods give its CloudEvents attributes and are not part of the payload.
 */
public interface PublishedEvent {

    /** The versioned type without the service prefix, e.g. {@code partner-registered.v1}. */
    String eventType();

    /** The network the event belongs to ({@code ce_networkid}). */
    String networkId();

    /**
     * What the event is about ({@code ce_subject}) and the record key: the partner id for events about a
     * partner, so that each partner's events stay in order; otherwise the aggregate id.
     */
    String subject();
}
