package de.netzwerk.task.service;

import de.netzwerk.task.Partner;
import de.netzwerk.task.PartnerBand;
import de.netzwerk.task.Task;
import de.netzwerk.task.ranking.AssigneeRanking;
import de.netzwerk.task.ranking.AssigneeRanking.Candidate;
import de.netzwerk.task.ranking.AssigneeRanking.Engagement;
import de.netzwerk.task.ranking.AssigneeRanking.Suggestion;
import de.netzwerk.task.ranking.AssigneeRanking.Work;
import de.netzwerk.task.repository.PartnerBandRepository;
import de.netzwerk.task.repository.PartnerRepository;
import de.netzwerk.task.repository.TaskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Suggests owners for a task: the network's active partners, with their open load and engagement band, ranked by
 * {@link AssigneeRanking}.
 */
@ApplicationScoped
@Transactional
public class AssigneeSuggestions {

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

    /** Every active partner of the network, best first; callers page the ranking. */
    public List<Suggestion> suggest(String networkId, UUID taskId) {
        Task task = tasks.get(networkId, taskId);
        List<Partner> active = partners.activeIn(networkId);
        Set<UUID> ids = active.stream().map(partner -> partner.id).collect(Collectors.toSet());
        Map<UUID, Long> load = taskRepository.openLoad(networkId, ids);
        Map<UUID, PartnerBand> bandOf = bands.inNetwork(networkId, ids);
        List<Candidate> candidates = active.stream().map(partner -> new Candidate(partner.id, partner.expertise,
                load.getOrDefault(partner.id, 0L), engagement(bandOf.get(partner.id)))).toList();
        return AssigneeRanking.rank(new Work(task.tags, task.title, task.description), candidates);
    }

    private static Engagement engagement(PartnerBand band) {
        return band == null ? null : new Engagement(AssigneeRanking.Band.valueOf(band.band.name()), band.score);
    }
}
