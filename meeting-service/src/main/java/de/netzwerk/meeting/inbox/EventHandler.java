package de.netzwerk.meeting.inbox;

/** Applies one type of event to this service's state; called in the transaction that records the event. */
public interface EventHandler {

    /** The CloudEvents type handled, with its version, as in {@code ce_type}, e.g. partner-service's {@code …partner-registered.v1}. */
    String type();

    void handle(IncomingEvent event);
}
