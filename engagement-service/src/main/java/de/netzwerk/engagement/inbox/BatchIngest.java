package de.netzwerk.engagement.inbox;

import de.netzwerk.engagement.PartnerKey;
import de.netzwerk.engagement.event.ConsumedEvent;
import de.netzwerk.engagement.event.PartnerErased;
import de.netzwerk.engagement.event.PersonalDataExportRequested;
import de.netzwerk.engagement.event.Subject;
import de.netzwerk.engagement.position.ConsumedPositions;
import de.netzwerk.engagement.position.Offset;
import de.netzwerk.engagement.repository.AssessmentQueue;
import de.netzwerk.engagement.repository.ReplayLock;
import de.netzwerk.engagement.repository.SubjectStore;
import de.netzwerk.engagement.repository.facts.FactStore;
import de.netzwerk.engagement.repository.facts.FirstDeliveries;
import de.netzwerk.engagement.service.FactsApplied;
import de.netzwerk.engagement.service.PartnerErasure;
import de.netzwerk.engagement.service.PersonalDataExport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Applies a batch of events in one transaction: events naming a partner, group, meeting, task or goal of another
 * network are refused, the others' ids recorded (a redelivered id takes no effect), their facts written, and the
 * partners they touch queued for assessment — all committed together or not at all. A partner erased by the batch
 * or before it keeps no row: their erasure runs after the batch's facts, and what those wrote about a partner
 * erased earlier is deleted again, so that no late or replayed event brings them back. Personal-data exports asked
 * for are answered last, so that a part shows the batch's facts and erasures; a replay answers none again. A live
 * batch moves the consumed position past its records in the same transaction, so that a request waiting for a
 * position ({@code Netzwerk-Read-After}) sees the batch's facts once it is reached, and announces the partners it
 * queued ({@link FactsApplied}) to be assessed once it has committed.
 */
@ApplicationScoped
public class BatchIngest {

    private final FactStore facts;
    private final FirstDeliveries deliveries;
    private final SubjectStore subjects;
    private final AssessmentQueue queue;
    private final ReplayLock replayLock;
    private final PartnerErasure erasure;
    private final PersonalDataExport export;
    private final ConsumedPositions positions;
    private final Event<FactsApplied> applied;

    BatchIngest(FactStore facts, FirstDeliveries deliveries, SubjectStore subjects, AssessmentQueue queue,
            ReplayLock replayLock, PartnerErasure erasure, PersonalDataExport export, ConsumedPositions positions,
            Event<FactsApplied> applied) {
        this.facts = facts;
        this.deliveries = deliveries;
        this.subjects = subjects;
        this.queue = queue;
        this.replayLock = replayLock;
        this.erasure = erasure;
        this.export = export;
        this.positions = positions;
        this.applied = applied;
    }

    public record Decoded(UUID id, String type, ConsumedEvent data) {
    }

    /** An event that was not applied, and why: it belongs on the dead-letter topic. */
    public record Refused(Decoded event, String reason) {
    }

    /**
     * Live events: wait while a replay rebuilds the facts, and queue the partners for assessment. {@code passed} are
     * the offsets of the records the events came in, with those skipped or refused among them.
     */
    @Transactional
    public Outcome applyLive(List<Decoded> events, List<Offset> passed) {
        replayLock.awaitShared();
        Outcome outcome = apply(events, true);
        positions.passed(passed);
        return outcome;
    }

    /** Replayed events: the replay assesses everyone once at its end. */
    @Transactional
    public Outcome applyReplayed(List<Decoded> events) {
        return apply(events, false);
    }

    public record Outcome(int applied, List<Decoded> duplicates, List<Refused> refused) {
    }

    private Outcome apply(List<Decoded> events, boolean live) {
        NetworkOwnership ownership = new NetworkOwnership(subjects.networksOf(
                events.stream().flatMap(event -> event.data().subjects().stream()).toList()));
        List<Decoded> accepted = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        for (Decoded event : events) {
            ownership.refusal(event.data()).ifPresentOrElse(reason -> refused.add(new Refused(event, reason)),
                    () -> accepted.add(event));
        }
        subjects.record(ownership.claimed());
        try {
            Set<FirstDeliveries.Delivery> fresh = deliveries.record(accepted.stream().map(BatchIngest::delivery).toList());
            List<ConsumedEvent> toApply = new ArrayList<>();
            List<Decoded> exportsAskedFor = new ArrayList<>();
            List<Decoded> duplicates = new ArrayList<>();
            for (Decoded event : accepted) {
                // A batch may hold the same id twice (a redelivery next to the original): only the first counts.
                if (fresh.remove(delivery(event))) {
                    toApply.add(event.data());
                    if (event.data() instanceof PersonalDataExportRequested) {
                        exportsAskedFor.add(event);
                    }
                } else {
                    duplicates.add(event);
                }
            }
            Set<PartnerKey> touched = new HashSet<>(facts.apply(toApply));
            for (ConsumedEvent event : toApply) {
                if (event instanceof PartnerErased erased) {
                    erasure.erase(erased);
                    touched.remove(new PartnerKey(erased.networkId(), erased.partnerId()));
                }
            }
            // Every partner the accepted events name, applied or not: recording their network named them too.
            Set<PartnerKey> named = new HashSet<>(touched);
            for (Decoded event : accepted) {
                event.data().subjects().stream().filter(subject -> subject.kind() == Subject.Kind.PARTNER)
                        .forEach(subject -> named.add(new PartnerKey(event.data().networkId(), subject.id())));
            }
            touched.removeAll(erasure.forgetErased(named));
            if (live) {
                queue.queue(touched);
                applied.fire(new FactsApplied(touched));
                for (Decoded event : exportsAskedFor) {
                    export.answer((PersonalDataExportRequested) event.data())
                            .ifPresent(reason -> refused.add(new Refused(event, reason)));
                }
            }
            return new Outcome(toApply.size(), duplicates, refused);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not apply a batch of events: " + e.getMessage(), e);
        }
    }

    private static FirstDeliveries.Delivery delivery(Decoded event) {
        return new FirstDeliveries.Delivery(event.data().networkId(), event.id(), event.type());
    }
}
