package de.netzwerk.engagement.service;

import de.netzwerk.engagement.PartnerKey;
import de.netzwerk.engagement.PauseReason;
import de.netzwerk.engagement.event.Subject;
import de.netzwerk.engagement.language.Text;
import de.netzwerk.engagement.repository.AssessmentQueue;
import de.netzwerk.engagement.repository.PauseRepository;
import de.netzwerk.engagement.repository.SubjectStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Pauses (parental leave, illness, sabbatical). A new pause replaces what remains of an earlier one from its
 * first day on; past pauses stay, since the meetings missed in them must never count against the partner. Only a
 * partner known to the network from its events can be paused: any other partner id is not found.
 */
@ApplicationScoped
@Transactional
public class PauseService {

    private final PauseRepository pauses;
    private final AssessmentQueue queue;
    private final SubjectStore subjects;
    private final AssessmentService assessments;
    private final Clock clock;

    PauseService(PauseRepository pauses, AssessmentQueue queue, SubjectStore subjects, AssessmentService assessments,
            Clock clock) {
        this.pauses = pauses;
        this.queue = queue;
        this.subjects = subjects;
        this.assessments = assessments;
        this.clock = clock;
    }

    /** A pause asked for, or as it was recorded: {@code startsOn} null means today (and is today once recorded). */
    public record Pause(LocalDate startsOn, LocalDate until, PauseReason reason, String note) {
    }

    /** Records the pause, replacing what remains of an earlier one from its first day on; answers it as recorded. */
    public Pause pause(String network, UUID partner, Pause asked, String actor) {
        requireKnown(network, partner);
        LocalDate today = assessments.today(network);
        LocalDate startsOn = asked.startsOn() != null ? asked.startsOn() : today;
        if (asked.until().isBefore(startsOn)) {
            throw new InvalidRequestException("until", Text.of("must-not-be-before", "startsOn (" + startsOn + ")"));
        }
        if (asked.until().isAfter(today.plusYears(3))) {
            throw new InvalidRequestException("until", Text.of("within-three-years"));
        }
        pauses.endFrom(network, partner, startsOn);
        pauses.insert(network, partner, new PauseRepository.Recorded(startsOn, asked.until(), asked.reason(),
                asked.note(), OffsetDateTime.now(clock)), actor);
        reassess(network, partner);
        return new Pause(startsOn, asked.until(), asked.reason(), asked.note());
    }

    /** Every pause of the partner, past ones too, earliest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PauseRepository.Recorded> of(String network, UUID partner) {
        return pauses.of(network, partner);
    }

    /** Ends the partner's pause: from today on, everything counts again. */
    public void end(String network, UUID partner) {
        requireKnown(network, partner);
        pauses.endFrom(network, partner, assessments.today(network));
        reassess(network, partner);
    }

    private void requireKnown(String network, UUID partner) {
        if (!subjects.belongsTo(network, Subject.partner(partner))) {
            throw new ResourceNotFoundException("partner", partner);
        }
    }

    private void reassess(String network, UUID partner) {
        pauses.flush();
        queue.queue(List.of(new PartnerKey(network, partner)));
    }
}
