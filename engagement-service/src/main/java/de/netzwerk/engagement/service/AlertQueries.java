package de.netzwerk.engagement.service;

import de.netzwerk.engagement.Alert;
import de.netzwerk.engagement.AlertCase;
import de.netzwerk.engagement.AlertStatus;
import de.netzwerk.engagement.FollowUpCause;
import de.netzwerk.engagement.paging.PageRequest;
import de.netzwerk.engagement.repository.AlertCaseRepository;
import de.netzwerk.engagement.repository.AlertRepository;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What coordinators read about alerts and cases: the lists, one alert or case, and how closed cases were explained. */
@ApplicationScoped
@Transactional
public class AlertQueries {

    private final AlertRepository alerts;
    private final AlertCaseRepository cases;

    AlertQueries(AlertRepository alerts, AlertCaseRepository cases) {
        this.alerts = alerts;
        this.cases = cases;
    }

    /** The network's alerts matching the filter, in the order of a sort key such as {@code -raisedAt}. */
    public AlertPage list(String networkId, AlertRepository.Filter filter, String sort, PageRequest page) {
        PanacheQuery<Alert> query = alerts.matching(networkId, filter, sort).page(page.toPanache());
        return new AlertPage(query.list(), query.count());
    }

    public Alert get(String networkId, UUID alertId) {
        return alerts.findInNetwork(networkId, alertId).orElseThrow(() -> new ResourceNotFoundException("alert", alertId));
    }

    /** The network's cases matching every filter given, most recently opened first. */
    public CasePage listCases(String networkId, UUID partnerId, AlertStatus status, PageRequest page) {
        PanacheQuery<AlertCase> query = cases.matching(networkId, partnerId, status).page(page.toPanache());
        return new CasePage(query.list().stream().map(this::view).toList(), query.count());
    }

    public AlertCase getCase(String networkId, UUID caseId) {
        return cases.findInNetwork(networkId, caseId).orElseThrow(() -> new ResourceNotFoundException("case", caseId));
    }

    public CaseView view(AlertCase found) {
        return new CaseView(found, alerts.reasonsOf(found.networkId, found.id));
    }

    /**
     * How the network's closed cases were explained: personal reasons, or how the network works? Cases are counted,
     * not alerts: a case resolved with one cause counts once, however many rules held. Only what coordinators found
     * counts as resolved or dismissed; cases withdrawn because the conditions of all their reasons ended are counted
     * apart.
     */
    public Causes causes(String networkId, OffsetDateTime from, OffsetDateTime to) {
        Map<FollowUpCause, Long> byCause = new EnumMap<>(FollowUpCause.class);
        for (FollowUpCause cause : FollowUpCause.values()) {
            byCause.put(cause, 0L);
        }
        long withoutCause = 0;
        for (AlertRepository.CasesByCause counted : alerts.resolvedCasesByCause(networkId, from, to)) {
            if (counted.cause() == null) {
                withoutCause += counted.cases();
            } else {
                byCause.put(counted.cause(), counted.cases());
            }
        }
        return new Causes(byCause, withoutCause, cases.countDismissedByCoordinators(networkId),
                cases.countWithdrawn(networkId), cases.countOpen(networkId));
    }

    /**
     * Counts of cases.
     *
     * @param withdrawn closed by the service because the conditions of all their reasons ended before anyone
     *                  followed them up
     */
    public record Causes(Map<FollowUpCause, Long> resolvedByCause, long resolvedWithoutCause, long dismissed,
            long withdrawn, long open) {
    }

    public record AlertPage(List<Alert> alerts, long total) {
    }

    /** A case with its reasons, in the order they were raised. */
    public record CaseView(AlertCase alertCase, List<Alert> reasons) {
    }

    public record CasePage(List<CaseView> cases, long total) {
    }
}
