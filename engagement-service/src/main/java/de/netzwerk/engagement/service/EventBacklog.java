package de.netzwerk.engagement.service;

/**
 * Fired (as a CDI event) by a consumer whose batches come full: it is working through a backlog of events, and
 * assessing partners after each of their events would cost more than the events themselves.
 */
public record EventBacklog() {
}
