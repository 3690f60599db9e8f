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
 * dispatcher the Kafka consumers use (tests of the consumers themselves go through Kafka). A task may name only
 * groups and goals task-service has heard of: create them here first.
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

    /**
     * Registers an active partner without expertise who offers, in their own words, what {@code offers} says — as
     * partner-service published it before December 2026; task-service no longer reads it.
     */
    public static String offering(String network, String offers) {
        String partner = UUID.randomUUID().toString();
        String data = """
                {"networkId":"%s","partnerId":"%s","kind":"ORGANISATION","sector":"ASSOCIATION","status":"ACTIVE",
                 "expertise":[],"offers":"%s","registeredAt":"2026-09-14T10:12:03+02:00"}""".formatted(network, partner, offers);
        dispatch("de.netzwerk.partner.partner-registered.v1", network, partner, data);
        return partner;
    }

    /** A group created in the network (group-created); returns its id. */
    public static String group(String network) {
        String group = UUID.randomUUID().toString();
        dispatch("de.netzwerk.partner.group-created.v1", network, group, groupCreated(network, group));
        return group;
    }

    /** A strategic goal created in the network (goal-created); returns its id. */
    public static String goal(String network) {
        String goal = UUID.randomUUID().toString();
        dispatch("de.netzwerk.partner.goal-created.v1", network, goal, goalCreated(network, goal));
        return goal;
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

    /** engagement-service stopped scoring the partner: they objected (scoring-stopped). */
    public static String scoringStopped(String network, String partner) {
        return """
                {"networkId":"%s","partnerId":"%s","stoppedAt":"%s"}""".formatted(network, partner, OffsetDateTime.now());
    }

    public static String updated(String network, String partner, List<String> expertise, long version) {
        return """
                {"networkId":"%s","partnerId":"%s","kind":"PERSON","sector":"VOLUNTEERS","status":"ACTIVE",
                 "expertise":[%s],"version":%d,"updatedAt":"%s"}"""
                .formatted(network, partner, expertise.stream().map(tag -> '"' + tag + '"').collect(Collectors.joining(",")),
                        version, OffsetDateTime.now());
    }

    public static String groupCreated(String network, String group) {
        return """
                {"networkId":"%s","groupId":"%s","groupKind":"WORKING","createdAt":"%s"}"""
                .formatted(network, group, OffsetDateTime.now());
    }

    public static String goalCreated(String network, String goal) {
        return """
                {"networkId":"%s","goalId":"%s","createdAt":"%s"}""".formatted(network, goal, OffsetDateTime.now());
    }

    public static String membershipStarted(String network, String group, String partner) {
        return """
                {"networkId":"%s","groupId":"%s","groupKind":"WORKING","partnerId":"%s","role":"MEMBER",
                 "joinedOn":"2026-09-15","introductoryTalkDone":false,"version":0}""".formatted(network, group, partner);
    }

    public static String goalActorNeedsChanged(String network, String goal, String keyActor) {
        return """
                {"networkId":"%s","goalId":"%s","priority":1,"neededPartners":[{"partnerId":"%s","keyActor":true}]}"""
                .formatted(network, goal, keyActor);
    }

    /** partner-service registered the network in this time zone (network-registered, version 0). */
    public static void networkIn(String network, String zone) {
        dispatch("de.netzwerk.partner.network-registered.v1", network, network,
                networkSettings(network, zone, "de", 0, "registeredAt"));
    }

    /** partner-service changed the network's time zone or language (network-updated) to the given version. */
    public static void networkChanged(String network, String zone, String language, long version) {
        dispatch("de.netzwerk.partner.network-updated.v1", network, network,
                networkSettings(network, zone, language, version, "updatedAt"));
    }

    public static String networkSettings(String network, String zone, String language, long version, String timeField) {
        return """
                {"networkId":"%s","timeZone":"%s","defaultLanguage":"%s","version":%d,"%s":"%s"}"""
                .formatted(network, zone, language, version, timeField, OffsetDateTime.now());
    }

    public static void leave(String network, String partner) {
        dispatch("de.netzwerk.partner.partner-left.v1", network, partner, left(network, partner));
    }

    /** The partner joined the group (membership-started): task-service learns of the group this way too. */
    public static void join(String network, String group, String partner) {
        dispatch("de.netzwerk.partner.membership-started.v1", network, partner, membershipStarted(network, group, partner));
    }

    /** The goal needs the partner as a key actor (goal-actor-needs-changed): task-service learns of the goal this way too. */
    public static void needs(String network, String goal, String partner) {
        dispatch("de.netzwerk.partner.goal-actor-needs-changed.v1", network, goal, goalActorNeedsChanged(network, goal, partner));
    }

    public static void band(String network, String partner, String band, int score) {
        dispatch("de.netzwerk.engagement.band-changed.v1", network, partner, bandChanged(network, partner, band, score));
    }

    /** engagement-service stopped scoring the partner, as it does when they object to it. */
    public static void stopScoring(String network, String partner) {
        dispatch("de.netzwerk.engagement.scoring-stopped.v1", network, partner, scoringStopped(network, partner));
    }

    private static void dispatch(String type, String network, String subject, String data) {
        String source = type.contains(".engagement.") ? "/netzwerk/engagement-service" : "/netzwerk/partner-service";
        Arc.container().instance(EventDispatcher.class).get()
                .dispatch(new IncomingEvent(UUID.randomUUID(), type, source, subject, network, data));
    }

    public static String freshNetwork() {
        return "net-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
