package de.netzwerk.partner.inbox;

/** Applies one type of event to this service's state; called in the transaction that records the event. */
public interface EventHandler {

    /** The CloudEvents type handled, with its version, e.g. {@code de.netzwerk.engagement.partner-contacted.v1}. */
    String type();

    void handle(IncomingEvent event);
}
