package de.netzwerk.task;

import de.netzwerk.task.inbox.EventDispatcher;
import de.netzwerk.task.inbox.IncomingEvent;
import io.quarkus.arc.Arc;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Object mother: hands this service what partner-service and engagement-service publish, through the same
 * dispatcher the Kafka consumers use (tests of the consumers themselves go through Kafka).
 */
public final class Partners {

    private Partners() {
    }

    /** Registers an active partner with the given expertise; returns their id. */
    public static String active(String network, String... expertise) {
        String partner = UUID.randomUUID().toString();
        dispatch("de.netzwerk.partner.partner-registered.v1", network, partner, registered(network, partner, List.of(expertise)));
        return partner;
    }

    /** Registers an active partner without expertise who offers, in their own words, what {@code offers} says. */
    public static String offering(String network, String offers) {
        String partner = UUID.randomUUID().toString();
        String data = """
                {"networkId":"%s","partnerId":"%s","kind":"ORGANISATION","sector":"ASSOCIATION","status":"ACTIVE",
                 "expertise":[],"offers":"%s","registeredAt":"2026-09-14T10:12:03+02:00"}""".formatted(network, partner, offers);
        dispatch("de.netzwerk.partner.partner-registered.v1", network, partner, data);
        return partner;
    }

    public static String registered(String network, String partner, List<String> expertise) {
        return """
                {"networkId":"%s","partnerId":"%s","kind":"PERSON","sector":"VOLUNTEERS","status":"ACTIVE",
                 "expertise":[%s],"registeredAt":"2026-09-14T10:12:03+02:00"}"""
                .formatted(network, partner, expertise.stream().map(tag -> '"' + tag + '"').collect(Collectors.joining(",")));
    }

    public static String left(String network, String partner) {
        return """
                {"networkId":"%s","partnerId":"%s","leftAt":"%s"}""".formatted(network, partner, OffsetDateTime.now());
    }

    public static String bandChanged(String network, String partner, String band, int score) {
        return """
                {"networkId":"%s","partnerId":"%s","band":"%s","previousBand":null,"score":%d,"changedAt":"%s"}"""
                .formatted(network, partner, band, score, OffsetDateTime.now());
    }

    public static void leave(String network, String partner) {
        dispatch("de.netzwerk.partner.partner-left.v1", network, partner, left(network, partner));
    }

    public static void band(String network, String partner, String band, int score) {
        dispatch("de.netzwerk.engagement.band-changed.v1", network, partner, bandChanged(network, partner, band, score));
    }

    private static void dispatch(String type, String network, String partner, String data) {
        String source = type.contains(".engagement.") ? "/netzwerk/engagement-service" : "/netzwerk/partner-service";
        Arc.container().instance(EventDispatcher.class).get()
                .dispatch(new IncomingEvent(UUID.randomUUID(), type, source, partner, network, data));
    }

    public static String freshNetwork() {
        return "net-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
