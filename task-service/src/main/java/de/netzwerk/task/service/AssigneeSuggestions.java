package de.netzwerk.task.service;

import de.netzwerk.task.Partner;
import de.netzwerk.task.PartnerBand;
import de.netzwerk.task.Task;
import de.netzwerk.task.repository.PartnerBandRepository;
import de.netzwerk.task.repository.PartnerRepository;
import de.netzwerk.task.repository.TaskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * "Schauen Sie auf Talente": ranks the network's active partners for a task by how well their expertise fits what
 * the task needs, how much they already carry, and how engaged they are — and says why. Expertise tags are all it
 * matches: the partner's offer is free text that partner-service no longer publishes (issue 14).
 *
 * <p>Points: an expertise tag equal to one of the task's tags 3, an expertise found in the task's title or
 * description 2; each open task the partner owns −0.5; engagement band ENGAGED +1, WATCH −1, AT_RISK −2 (someone
 * drifting away should be asked, not loaded), no band 0: a partner never scored, or who objected to scoring, is
 * neither favoured nor held back. Ties go to the lighter load.
 */
@ApplicationScoped
@Transactional
public class AssigneeSuggestions {

    static final double TAG_EXPERTISE = 3;
    static final double TEXT_EXPERTISE = 2;
    static final double PER_OPEN_TASK = -0.5;

    private final TaskService tasks;
    private final TaskRepository taskRepository;
    private final PartnerRepository partners;
    private final PartnerBandRepository bands;

    AssigneeSuggestions(TaskService tasks, TaskRepository taskRepository, PartnerRepository partners,
            PartnerBandRepository bands) {
        this.tasks = tasks;
        this.taskRepository = taskRepository;
        this.partners = partners;
        this.bands = bands;
    }

    public record Suggestion(UUID partnerId, double score, List<String> matchedExpertise, long openTasks,
            PartnerBand.Band band, List<String> reasons) {
    }

    /** Every active partner of the network, best first; callers page the ranking. */
    public List<Suggestion> suggest(String networkId, UUID taskId) {
        Task task = tasks.get(networkId, taskId);
        List<Partner> candidates = partners.activeIn(networkId);
        Set<UUID> ids = candidates.stream().map(partner -> partner.id).collect(Collectors.toSet());
        Map<UUID, Long> load = taskRepository.openLoad(networkId, ids);
        Map<UUID, PartnerBand> bandOf = bands.inNetwork(networkId, ids);
        String text = words(task.title + " " + (task.description == null ? "" : task.description));
        return candidates.stream()
                .map(partner -> rank(partner, task, text, load.getOrDefault(partner.id, 0L), bandOf.get(partner.id)))
                .sorted(Comparator.comparingDouble(Suggestion::score).reversed()
                        .thenComparingLong(Suggestion::openTasks)
                        .thenComparing(Suggestion::partnerId))
                .toList();
    }

    private static Suggestion rank(Partner partner, Task task, String text, long openTasks, PartnerBand band) {
        List<String> reasons = new ArrayList<>();
        double score = 0;
        List<String> expertise = new ArrayList<>();
        for (String tag : partner.expertise) {
            if (task.tags.contains(tag)) {
                score += TAG_EXPERTISE;
                expertise.add(tag);
                reasons.add("expertise '%s' is a tag of the task".formatted(tag));
            } else if (mentions(text, tag)) {
                score += TEXT_EXPERTISE;
                expertise.add(tag);
                reasons.add("expertise '%s' is named in the task".formatted(tag));
            }
        }
        if (expertise.isEmpty()) {
            reasons.add("no expertise matches the task");
        }
        score += PER_OPEN_TASK * openTasks;
        reasons.add(openTasks == 0 ? "no open tasks" : openTasks == 1 ? "1 open task" : openTasks + " open tasks");
        if (band != null) {
            score += switch (band.band) {
                case ENGAGED -> 1;
                case WATCH -> -1;
                case AT_RISK -> -2;
            };
            reasons.add(switch (band.band) {
                case ENGAGED -> "engaged (score %d)".formatted(band.score);
                case WATCH -> "engagement on watch (score %d)".formatted(band.score);
                case AT_RISK -> "at risk of drifting away (score %d): ask before adding work".formatted(band.score);
            });
        }
        return new Suggestion(partner.id, score, expertise, openTasks, band == null ? null : band.band, reasons);
    }

    /** The text as lower-case words separated by single spaces, padded, so a phrase matches whole words only. */
    private static String words(String text) {
        return " " + String.join(" ", text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).strip() + " ";
    }

    private static boolean mentions(String words, String phrase) {
        String wanted = words(phrase);
        return wanted.isBlank() ? false : words.contains(wanted);
    }
}
