import de.netzwerk.infra.deadletters.DeadLetterTopics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares, once the system has settled, what the API accepted with what each service holds. First the producers:
 * every accepted write must be in its service's database (in the state last accepted). Then each consumer against
 * the producer's database, which also decides the writes whose answer was lost: <b>lost</b> = held by the producer
 * but missing (or in an older state) at the consumer; <b>unexpected</b> = held by the consumer but not by the
 * producer; <b>duplicated</b> = held twice by the consumer. Keys look like "meeting/partner"; the state is what must
 * agree (an attendance status, an answer).
 */
final class Verification {

    /** One kind of fact: where its truth is and where a consumer keeps its copy (both queries take the network). */
    record Fact(String consumer, String name, String truthDatabase, String truth, String viewDatabase, String view) {
    }

    /** The outcome for one consumer's copy of one kind of fact. */
    record Comparison(String consumer, String name, int expected, int lost, int unexpected, int duplicated, List<String> examples) {
    }

    // The queries read the same in more than one place: a producer's truth, or a table of the same shape elsewhere.
    private static final String PARTNERS = "select id::text, '' from partner where network_id = ?";
    private static final String GROUPS = "select id::text, '' from partner_group where network_id = ?";
    private static final String MEETINGS = "select id::text, '' from meeting where network_id = ?";
    private static final String MEMBERSHIPS =
            "select group_id || '/' || partner_id, '' from membership where network_id = ? and left_on is null";
    private static final String ANSWERS = "select r.meeting_id || '/' || r.partner_id, r.answer from rsvp r"
            + " join meeting m on m.id = r.meeting_id where m.network_id = ?";
    private static final String TASKS = """
            select id::text, assignee_id || ' ' || case when status = 'DONE' then 'DONE' else 'OPEN' end
            from task where network_id = ?""";

    static final List<Fact> FACTS = List.of(
            new Fact("engagement-service", "memberships", "partner", MEMBERSHIPS, "engagement", MEMBERSHIPS),
            // engagement-service skips meeting-scheduled: it learns of a meeting from its invitations, answers and attendance.
            new Fact("engagement-service", "meetings", "meeting", """
                    select m.id::text, m.group_id::text from meeting m where m.network_id = ?
                    and (exists (select 1 from invitation i where i.meeting_id = m.id)
                         or exists (select 1 from rsvp r where r.meeting_id = m.id)
                         or exists (select 1 from attendance a where a.meeting_id = m.id))""",
                    "engagement", "select meeting_id::text, group_id::text from meeting where network_id = ?"),
            new Fact("engagement-service", "invitations", "meeting", """
                    select i.meeting_id || '/' || i.partner_id, '' from invitation i join meeting m on m.id = i.meeting_id
                    where m.network_id = ?""",
                    "engagement", "select meeting_id || '/' || partner_id, '' from invitation where network_id = ?"),
            new Fact("engagement-service", "answers", "meeting", ANSWERS,
                    "engagement", "select meeting_id || '/' || partner_id, answer from rsvp where network_id = ?"),
            new Fact("engagement-service", "attendance", "meeting", """
                    select a.meeting_id || '/' || a.partner_id, a.status || ' r' || a.revision from attendance a
                    join meeting m on m.id = a.meeting_id where m.network_id = ?""",
                    "engagement", """
                    select meeting_id || '/' || partner_id, status || ' r' || revision from attendance where network_id = ?"""),
            new Fact("engagement-service", "tasks", "task", TASKS, "engagement", """
                    select task_id::text, partner_id || ' ' || case when status = 'COMPLETED' then 'DONE' else 'OPEN' end
                    from task where network_id = ?"""),
            new Fact("meeting-service", "partners", "partner", PARTNERS, "meeting", PARTNERS),
            new Fact("meeting-service", "group members", "partner", MEMBERSHIPS,
                    "meeting", "select group_id || '/' || partner_id, '' from group_member where network_id = ?"),
            new Fact("task-service", "partners", "partner", PARTNERS, "task", PARTNERS),
            new Fact("task-service", "groups", "partner", GROUPS, "task", GROUPS),
            new Fact("partner-service", "meetings", "meeting", MEETINGS,
                    "partner", "select meeting_id::text, '' from known_meeting where network_id = ?"));

    private final String network;

    Verification(String network) {
        this.network = network;
    }

    /** Accepted writes missing from (or in another state in) the producer's database, as comparisons of "API → service". */
    List<Comparison> producers(Accepted accepted) throws SQLException {
        List<Comparison> comparisons = new ArrayList<>();
        comparisons.add(compareAccepted("partner-service", "partners", toMap(accepted.partners), "partner", PARTNERS));
        comparisons.add(compareAccepted("partner-service", "memberships", toMap(accepted.memberships), "partner", MEMBERSHIPS));
        comparisons.add(compareAccepted("meeting-service", "meetings", toMap(accepted.meetings), "meeting", MEETINGS));
        comparisons.add(compareAccepted("meeting-service", "attendance", accepted.attendance, "meeting", """
                select a.meeting_id || '/' || a.partner_id, a.status from attendance a
                join meeting m on m.id = a.meeting_id where m.network_id = ?"""));
        comparisons.add(compareAccepted("meeting-service", "answers", accepted.responses, "meeting", ANSWERS));
        comparisons.add(compareAccepted("task-service", "tasks", accepted.tasks, "task", TASKS));
        return comparisons;
    }

    List<Comparison> consumers() throws SQLException {
        List<Comparison> comparisons = new ArrayList<>();
        for (Fact fact : FACTS) {
            Map<String, String> truth = unique(rows(fact.truthDatabase(), fact.truth()));
            List<String[]> view = rows(fact.viewDatabase(), fact.view());
            comparisons.add(compare(fact.consumer(), fact.name(), truth, view));
        }
        return comparisons;
    }

    /**
     * What a coordinator sees: each partner's ledger (GET …/engagement/{partner}) names a meeting or task at most once
     * per component and day; a fact applied twice would show as the same line twice. A partner it does not know is lost.
     */
    Comparison ledgers(Client client, Urls urls, Collection<String> partners) {
        int lines = 0;
        int lost = 0;
        int duplicated = 0;
        List<String> examples = new ArrayList<>();
        for (String partner : partners) {
            Client.Answer answer = client.send("GET", urls.engagement("/engagement/" + partner), null, null);
            if (answer.status() == 404) {
                lost++;
                example(examples, "engagement of %s: not found".formatted(partner));
                continue;
            }
            if (!answer.ok()) {
                throw new IllegalStateException("GET the engagement of " + partner + " answered " + answer.status() + ": " + answer.body());
            }
            Map<String, Integer> times = new HashMap<>();
            for (Object line : (List<?>) ((Map<?, ?>) Json.parse(answer.body())).get("ledger")) {
                Map<?, ?> entry = (Map<?, ?>) line;
                times.merge("%s %s %s %s".formatted(entry.get("component"), entry.get("kind"), entry.get("referenceId"),
                        entry.get("date")), 1, Integer::sum);
                lines++;
            }
            for (Map.Entry<String, Integer> line : times.entrySet()) {
                if (line.getValue() > 1) {
                    duplicated++;
                    example(examples, "ledger of %s: %s %d times".formatted(partner, line.getKey(), line.getValue()));
                }
            }
        }
        return new Comparison("engagement-service", "ledger lines", lines, lost, 0, duplicated, examples);
    }

    private Comparison compareAccepted(String service, String name, Map<String, String> accepted, String database, String query)
            throws SQLException {
        Comparison held = compare(service, name, accepted, rows(database, query));
        // The producer may hold more than the API confirmed (a write whose answer was lost): not unexpected there.
        return new Comparison("API → " + service, name, held.expected(), held.lost(), 0, held.duplicated(), held.examples());
    }

    private static Comparison compare(String consumer, String name, Map<String, String> truth, List<String[]> view) {
        Map<String, Integer> times = new HashMap<>();
        Map<String, String> held = new HashMap<>();
        for (String[] row : view) {
            times.merge(row[0], 1, Integer::sum);
            held.put(row[0], row[1]);
        }
        List<String> examples = new ArrayList<>();
        int lost = 0;
        for (Map.Entry<String, String> fact : truth.entrySet()) {
            String copy = held.get(fact.getKey());
            if (copy == null || !copy.equals(fact.getValue())) {
                lost++;
                example(examples, "%s %s: %s, but %s".formatted(name, fact.getKey(), fact.getValue().isEmpty() ? "held" : fact.getValue(),
                        copy == null ? "missing" : copy));
            }
        }
        int unexpected = 0;
        for (String key : held.keySet()) {
            if (!truth.containsKey(key)) {
                unexpected++;
                example(examples, "%s %s: not held by the producer".formatted(name, key));
            }
        }
        int duplicated = (int) times.values().stream().filter(count -> count > 1).count();
        return new Comparison(consumer, name, truth.size(), lost, unexpected, duplicated, examples);
    }

    private static void example(List<String> examples, String example) {
        if (examples.size() < 3) {
            examples.add(example);
        }
    }

    /**
     * Records of this network on the dead-letter topics, read with the operators' own tool (deploy/local/dead-letters):
     * every event of the workload is valid, so each is a fault.
     */
    int deadLetters() {
        try (DeadLetterTopics topics = new DeadLetterTopics(LocalSystem.BOOTSTRAP)) {
            return (int) topics.list(null).stream().filter(letter -> network.equals(letter.network())).count();
        }
    }

    /** The events of the network the producers published, by their journals (published_event): [distinct, all]. */
    long[] publishedEvents() throws SQLException {
        long[] counted = new long[2];
        for (String service : LocalSystem.SERVICES) {
            for (String[] row : rows(service, "select count(distinct event_id)::text, count(*)::text from published_event where network_id = ?")) {
                counted[0] += Long.parseLong(row[0]);
                counted[1] += Long.parseLong(row[1]);
            }
        }
        return counted;
    }

    private List<String[]> rows(String database, String query) throws SQLException {
        try (Connection db = LocalSystem.database(database); PreparedStatement statement = db.prepareStatement(query)) {
            statement.setString(1, network);
            List<String[]> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new String[] {result.getString(1), result.getString(2) == null ? "" : result.getString(2)});
                }
            }
            return rows;
        }
    }

    private static Map<String, String> unique(List<String[]> rows) {
        Map<String, String> map = new HashMap<>();
        rows.forEach(row -> map.put(row[0], row[1]));
        return map;
    }

    private static Map<String, String> toMap(Set<String> keys) {
        Map<String, String> map = new HashMap<>();
        keys.forEach(key -> map.put(key, ""));
        return map;
    }
}
