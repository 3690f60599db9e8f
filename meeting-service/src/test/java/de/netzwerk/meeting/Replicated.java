package de.netzwerk.meeting;

import de.netzwerk.meeting.repository.GroupMemberRepository;
import de.netzwerk.meeting.repository.PartnerGroupRepository;
import de.netzwerk.meeting.repository.PartnerRepository;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Object mother: groups and partners of a network, announced on partner-events as partner-service announces them
 * and returned once meeting-service knows them, so that a test may schedule meetings for the group and invite the
 * partners. Fresh ids every time.
 */
public final class Replicated {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(50);

    private Replicated() {
    }

    public static String group(String network) {
        UUID group = UUID.randomUUID();
        try (PartnerEvents events = events(network)) {
            events.groupCreated(group);
        }
        awaitGroup(network, group);
        return group.toString();
    }

    public static String partner(String network) {
        return partners(network, 1).getFirst();
    }

    public static List<String> partners(String network, int count) {
        List<UUID> partners = Stream.generate(UUID::randomUUID).limit(count).toList();
        try (PartnerEvents events = events(network)) {
            partners.forEach(events::partnerRegistered);
        }
        awaitPartners(network, partners);
        return partners.stream().map(UUID::toString).toList();
    }

    /** Makes the partner a member of the group and waits until meeting-service knows it. */
    public static void membership(String network, String group, String partner) {
        try (PartnerEvents events = events(network)) {
            events.membershipStarted(UUID.fromString(group), UUID.fromString(partner), true);
        }
        await("membership of " + partner + " in " + group, () -> Arc.container().instance(GroupMemberRepository.class)
                .get().find(UUID.fromString(group), UUID.fromString(partner)).isPresent());
    }

    /** Waits until meeting-service knows the group as one of the network. */
    public static void awaitGroup(String network, UUID group) {
        await("group " + group + " of " + network,
                () -> Arc.container().instance(PartnerGroupRepository.class).get().isOfNetwork(group, network));
    }

    /** Waits until meeting-service knows each of the partners as one of the network. */
    public static void awaitPartners(String network, Collection<UUID> partners) {
        await("partners " + partners + " of " + network, () -> Arc.container().instance(PartnerRepository.class).get()
                .inNetwork(network, partners).size() == partners.size());
    }

    /** Waits until the replica shows what a test published: it is eventually consistent. */
    public static void await(String what, BooleanSupplier known) {
        Awaitility.await("meeting-service learning of " + what).atMost(PATIENCE).pollInterval(POLL)
                .until(() -> QuarkusTransaction.requiringNew().call(known::getAsBoolean));
    }

    private static PartnerEvents events(String network) {
        return new PartnerEvents(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class), network);
    }
}
