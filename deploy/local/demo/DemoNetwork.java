import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The demo network of the local run (issue 15, item 6): "Inklusionsnetzwerk Musterstadt", built through the REST API
 * only, so that right after deploy/local/up a newcomer finds everything the product shows — a steering group and three
 * working groups with their patrons, eighteen invented partners of every sector, three months of fortnightly meetings
 * entered as history with attendance, tasks done on time, late, overdue and open, strategic goals with gaps, an
 * exchange, a cooperation about to end, a Thementisch sign-up with someone to welcome — and, from that history, scores,
 * at least one alert of each kind, a dying group and relationships going cold.
 *
 * <p>All dates are days before or after today (Europe/Berlin). The {@link #CAST} says who behaves how and which alert
 * that must raise under the default policy (engagement README; the same arithmetic as deploy/local/acceptance).
 *
 * <p>Run on every deploy/local/up, also in CI where the databases outlive the run: a network whose cooperation (the
 * last thing built) exists is complete and is left alone; anything else is looked up before it is created — groups by
 * name, partners by external id, meetings by group, title and day, tasks and goals by title — so that a run cut off is
 * finished by the next one without duplicates. A slow or missing service is a warning, never a failure of up.
 */
public class DemoNetwork {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final String NETWORKS = "http://127.0.0.1:8081/api/v1/networks";

    /** How long to wait for engagement-service to show every kind of alert before saying what is missing. */
    static final Duration ALERTS_DEADLINE = Duration.ofSeconds(90);
    static final List<String> ALERT_RULES = List.of("ABSENCE_STREAK", "SILENCE", "TASKS_OVERDUE", "SCORE_DROP",
            "KEY_ACTOR_AT_RISK", "GROUP_DYING");
    /** The open alerts count as settled when they have not changed for this long. */
    static final Duration QUIET = Duration.ofSeconds(4);

    /** The marker of a complete demo network: built last, so a network that has it has everything before it. */
    static final String COOPERATION_PURPOSE = "Praktika für junge Menschen mit Behinderung in Musterstädter Betrieben";

    enum Group {
        STEUERUNG("STEERING", "Steuerungsgruppe", "Sitzung der Steuerungsgruppe", null, 86, 28),
        ARBEIT("WORKING", "AG Arbeit", "AG Arbeit – Treffen", "Inklusive Ausbildung und Arbeit in Betrieben vor Ort", 87, 14),
        WOHNEN("WORKING", "AG Wohnen", "AG Wohnen – Treffen", "Barrierefreies und selbstbestimmtes Wohnen", 89, 14),
        FREIZEIT("WORKING", "AG Freizeit", "AG Freizeit – Treffen", "Sport, Kultur und Freizeit für alle", 91, 14);

        final String kind;
        final String title;
        final String meetingTitle;
        final String theme;
        final int firstMeetingDaysAgo;
        final int everyDays;

        Group(String kind, String title, String meetingTitle, String theme, int firstMeetingDaysAgo, int everyDays) {
            this.kind = kind;
            this.title = title;
            this.meetingTitle = meetingTitle;
            this.theme = theme;
            this.firstMeetingDaysAgo = firstMeetingDaysAgo;
            this.everyDays = everyDays;
        }

        /** Days ago of its past meetings, oldest first: AG Arbeit 87, 73, … 3. */
        List<Integer> meetingDaysAgo() {
            List<Integer> days = new ArrayList<>();
            for (int day = firstMeetingDaysAgo; day > 0; day -= everyDays) {
                days.add(day);
            }
            return days;
        }
    }

    /**
     * One partner: profile, groups with their role, when they joined, how they attended (a status per meeting day that
     * is not PRESENT; NOT_LISTED: not on that list), the last relationship-level contact (null: none in the log), and
     * what the demo shows with them.
     */
    record Partner(String key, String name, String kind, String sector, Map<Group, String> groups, int joinedDaysAgo,
            Map<Integer, String> attendance, Integer lastCallDaysAgo, String story) {

        String statusAt(int daysAgo) {
            return attendance.getOrDefault(daysAgo, "PRESENT");
        }

        String externalId() {
            return "DEMO-" + key.toUpperCase();
        }
    }

    record Task(String owner, Group group, String title, int assignedDaysAgo, int dueDaysAgo, Integer completedDaysAgo) {
    }

    record Need(String partner, String description, String sector, String purpose, boolean keyActor) {
    }

    record Goal(String title, String category, int priority, String responsible, List<Need> needs) {
    }

    static final String NOT_LISTED = "NOT_LISTED";

    /** On none of the group's lists but one (days ago of any meeting up to three months back), with that status. */
    static Map<Integer, String> everyListBut(int daysAgo, String status) {
        Map<Integer, String> attendance = new TreeMap<>();
        for (int day = 91; day > 0; day--) {
            attendance.put(day, NOT_LISTED);
        }
        attendance.put(daysAgo, status);
        return attendance;
    }

    static final List<Partner> CAST = List.of(
            new Partner("inklusionsbuero", "Stadt Musterstadt, Inklusionsbüro", "ORGANISATION", "MUNICIPALITY",
                    Map.of(Group.STEUERUNG, "LEAD", Group.ARBEIT, "PATRON"), 700, Map.of(), 12,
                    "leads the steering group, patron of AG Arbeit"),
            new Partner("lebenshilfe", "Lebenshilfe Musterstadt e.V.", "ORGANISATION", "SOCIAL_SERVICES",
                    Map.of(Group.STEUERUNG, "MEMBER", Group.WOHNEN, "PATRON"), 700, Map.of(), 20, "patron of AG Wohnen"),
            new Partner("beirat", "Behindertenbeirat der Stadt Musterstadt", "ORGANISATION", "SELF_ADVOCATES",
                    Map.of(Group.STEUERUNG, "MEMBER", Group.FREIZEIT, "PATRON"), 700, Map.of(), 8, "patron of AG Freizeit"),
            new Partner("brandt", "Sabine Brandt (Ratsmitglied)", "PERSON", "POLITICS", Map.of(Group.STEUERUNG, "MEMBER"),
                    500, Map.of(58, "EXCUSED"), 110, "steering group, excused once; no call for 110 days: going cold"),
            // AG Arbeit: meetings 87, 73, 59, 45, 31, 17 and 3 days ago.
            new Partner("werkstaetten", "Musterstädter Werkstätten gGmbH", "ORGANISATION", "SOCIAL_SERVICES",
                    Map.of(Group.ARBEIT, "LEAD"), 600, Map.of(), 15, "leads AG Arbeit, key actor of the work goal"),
            new Partner("handwerk", "Kreishandwerkerschaft Musterstadt", "ORGANISATION", "BUSINESS",
                    Map.of(Group.ARBEIT, "MEMBER"), 450,
                    Map.of(59, "ABSENT", 45, "ABSENT", 31, "ABSENT", 17, "ABSENT", 3, "ABSENT"), 120,
                    "key actor, absent five times since 59 days ago, a task 35 days late: ABSENCE_STREAK, SCORE_DROP,"
                            + " KEY_ACTOR_AT_RISK; no call for 120 days: going cold, first"),
            new Partner("baeckerei", "Bäckerei Lindemann", "ORGANISATION", "BUSINESS", Map.of(Group.ARBEIT, "MEMBER"), 300,
                    Map.of(), 25, "always there, but one task 20 days overdue: TASKS_OVERDUE"),
            new Partner("berufskolleg", "Berufskolleg am Stadtpark", "ORGANISATION", "EDUCATION",
                    Map.of(Group.ARBEIT, "MEMBER"), 400, everyListBut(3, "ABSENT"), null,
                    "no answer, no attendance, last task done 130 days ago, absent at the last meeting: SILENCE"),
            new Partner("yilmaz", "Deniz Yılmaz", "PERSON", "SELF_ADVOCATES", Map.of(Group.ARBEIT, "MEMBER"), 250,
                    Map.of(45, "EXCUSED"), 30, "reliable, one task 3 days late"),
            // AG Wohnen: meetings 89, 75, 61, 47, 33, 19 and 5 days ago.
            new Partner("wohnbau", "Wohnbaugenossenschaft Am Stadtpark eG", "ORGANISATION", "BUSINESS",
                    Map.of(Group.WOHNEN, "LEAD"), 600, Map.of(), 18, "leads AG Wohnen, key actor of the housing goal"),
            new Partner("krause", "Jonas Krause", "PERSON", "VOLUNTEERS", Map.of(Group.WOHNEN, "MEMBER"), 200,
                    Map.of(19, "ABSENT", 5, "ABSENT"), 40,
                    "present five times, then absent twice: ABSENCE_STREAK and SCORE_DROP, one case"),
            new Partner("lichtweg", "Ambulante Dienste Lichtweg e.V.", "ORGANISATION", "SOCIAL_SERVICES",
                    Map.of(Group.WOHNEN, "MEMBER"), 380, Map.of(), 35, "reliable"),
            new Partner("mueller", "Anna Müller", "PERSON", "VOLUNTEERS", Map.of(Group.WOHNEN, "MEMBER"), 300,
                    Map.of(33, "ABSENT", 19, "ABSENT", 5, "ABSENT"), 38,
                    "on parental leave since 40 days ago: absent three times, paused, no alert"),
            // AG Freizeit: meetings 91, 77, 63, 49, 35, 21 and 7 days ago; the last three below quorum.
            new Partner("sportverein", "SV Musterstadt 1908 e.V.", "ORGANISATION", "ASSOCIATION",
                    Map.of(Group.FREIZEIT, "LEAD"), 600, Map.of(), 22, "leads AG Freizeit, always there"),
            new Partner("weberei", "Kulturhaus Alte Weberei e.V.", "ORGANISATION", "ASSOCIATION",
                    Map.of(Group.FREIZEIT, "MEMBER"), 390, Map.of(35, "EXCUSED", 21, "EXCUSED", 7, "EXCUSED"), 45,
                    "excused at the last three meetings (AG Freizeit below quorum: GROUP_DYING)"),
            new Partner("musterwelle", "Radio Musterwelle", "ORGANISATION", "MEDIA", Map.of(Group.FREIZEIT, "MEMBER"), 310,
                    Map.of(35, "EXCUSED", 21, "EXCUSED", 7, "EXCUSED"), null,
                    "excused three times; only newsletters, no call: going cold"),
            new Partner("vhs", "Volkshochschule Musterstadt", "ORGANISATION", "EDUCATION", Map.of(Group.FREIZEIT, "MEMBER"),
                    330, Map.of(35, "EXCUSED", 21, "EXCUSED", 7, "EXCUSED"), 50,
                    "excused three times, one task 5 days overdue (no alert before 14)"),
            new Partner("schulz", "Petra Schulz", "PERSON", "VOLUNTEERS", Map.of(Group.FREIZEIT, "MEMBER"), 280,
                    Map.of(35, "EXCUSED", 21, "EXCUSED", 7, "EXCUSED"), 28, "excused three times"));

    static final List<Task> TASKS_ENTERED = List.of(
            new Task("berufskolleg", Group.ARBEIT, "Raum für den Berufsorientierungstag stellen", 160, 125, 130),
            new Task("baeckerei", Group.ARBEIT, "Praktikumsplätze bei Handwerksbetrieben sammeln", 110, 90, 92),
            new Task("werkstaetten", Group.ARBEIT, "Übersicht der Ausbildungsplätze in Leichter Sprache", 100, 80, 82),
            new Task("weberei", Group.FREIZEIT, "Programm für das inklusive Sommerfest", 95, 80, 80),
            new Task("handwerk", Group.ARBEIT, "Liste der Ausbildungsbetriebe im Handwerk", 90, 70, 35),
            new Task("baeckerei", Group.ARBEIT, "Aushang für die Ausbildungsbörse", 80, 60, 61),
            new Task("sportverein", Group.FREIZEIT, "Hallenzeiten für die inklusive Sportgruppe anfragen", 60, 45, 46),
            new Task("wohnbau", Group.WOHNEN, "Befragung zu barrierefreien Wohnungen auswerten", 70, 40, 41),
            new Task("yilmaz", Group.ARBEIT, "Erfahrungsbericht für den Fachtag schreiben", 40, 30, 27),
            new Task("baeckerei", Group.ARBEIT, "Betriebsbesichtigung für die AG organisieren", 50, 20, null),
            new Task("vhs", Group.FREIZEIT, "Kursangebote in Leichter Sprache zusammenstellen", 30, 5, null),
            new Task("lichtweg", Group.WOHNEN, "Checkliste Barrierefreiheit für Wohnungsbesichtigungen", 30, -14, null),
            new Task("krause", Group.WOHNEN, "Kontakt zum Bauamt herstellen", 20, -7, null),
            new Task("inklusionsbuero", Group.STEUERUNG, "Jahresbericht des Netzwerks vorbereiten", 20, -21, null));

    static final List<Goal> GOALS = List.of(
            new Goal("Menschen mit Behinderung finden Arbeit in örtlichen Betrieben", "JOINT_PROJECTS", 1,
                    "inklusionsbuero", List.of(
                            new Need("handwerk", null, null, "Praktikums- und Ausbildungsplätze im Handwerk", true),
                            new Need("werkstaetten", null, null, "Begleitung in den ersten Monaten", true),
                            new Need(null, "Agentur für Arbeit Musterstadt", "MUNICIPALITY",
                                    "Vermittlung und Förderung von Arbeitsplätzen", true))),
            new Goal("Die Lokalpresse berichtet regelmäßig über Inklusion", "MEDIA_ACCESS", 2, "beirat", List.of(
                    new Need("musterwelle", null, null, "Beiträge über gelungene Beispiele", false),
                    new Need(null, "Musterstädter Tageblatt", "MEDIA", "Berichte in der Lokalzeitung", true))),
            new Goal("Barrierefreie Wohnungen im Neubaugebiet Am Mühlbach", "DECISION_MAKERS", 3, "lebenshilfe", List.of(
                    new Need("wohnbau", null, null, "Barrierefreie Wohnungen planen und bauen", true),
                    new Need("brandt", null, null, "Den Stadtrat für den Bebauungsplan gewinnen", false))));

    final Api coordinator;
    final Api operator;
    final String network;
    final Urls urls;
    final LocalDate today = LocalDate.now(BERLIN);
    final Map<String, String> partnerIds = new LinkedHashMap<>();
    final Map<Group, String> groupIds = new EnumMap<>(Group.class);
    final List<String> warnings = new ArrayList<>();

    DemoNetwork(Api coordinator, Api operator, String network) {
        this.coordinator = coordinator;
        this.operator = operator;
        this.network = network;
        this.urls = new Urls(network);
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: DemoNetwork NETWORK COORDINATOR_TOKEN OPERATOR_TOKEN"
                    + "   (run it through deploy/local/demo-data)");
            System.exit(2);
        }
        long started = System.nanoTime();
        DemoNetwork demo = new DemoNetwork(new Api(args[1]), new Api(args[2]), args[0]);
        try {
            demo.run();
        } catch (Exception e) {
            // Never fail deploy/local/up: the next up finishes what this run could not.
            demo.warnings.add("the demo network is not complete (%s); the next deploy/local/up goes on with it"
                    .formatted(e.getMessage()));
        }
        demo.warnings.forEach(warning -> say("demo data: WARNING: %s", warning));
        say("demo data: done in %.0f s", (System.nanoTime() - started) / 1e9);
    }

    void run() throws Exception {
        if (!createNetwork() && complete()) {
            say("demo data: network %s is complete, nothing to do", network);
            summary(false);
            return;
        }
        say("demo data: building network %s (today %s, Europe/Berlin)", network, today);
        findOrCreateGroups();
        findOrCreatePartners();
        enterMemberships();
        pauseForParentalLeave();
        enterMeetings();
        enterTasks();
        enterContacts();
        enterGoals();
        enterExchange();
        openSignup();
        startCooperation();
        say("demo data: %s built", network);
        summary(true);
    }

    /** True if the network was created now; false if it existed (CI keeps its databases, up runs this every time). */
    boolean createNetwork() throws Exception {
        HttpResponse<String> created = operator.exchange("POST", NETWORKS, Json.object("id", network,
                "name", "Inklusionsnetzwerk Musterstadt", "timeZone", "Europe/Berlin", "defaultLanguage", "de"));
        if (created.statusCode() != 201 && created.statusCode() != 409) {
            throw new IllegalStateException("could not create network %s: %d %s".formatted(network, created.statusCode(),
                    created.body()));
        }
        return created.statusCode() == 201;
    }

    /** The cooperation, started, is the last thing built. */
    boolean complete() throws Exception {
        Map<?, ?> cooperation = cooperation();
        return cooperation != null && !"PLANNED".equals(cooperation.get("status"));
    }

    /** The demo's cooperation, or null if no run has created it yet. */
    Map<?, ?> cooperation() throws Exception {
        return items(coordinator.send("GET", urls.partners("/cooperations?size=200"), null)).stream()
                .filter(cooperation -> COOPERATION_PURPOSE.equals(cooperation.get("purpose"))).findFirst().orElse(null);
    }

    // --- building, each step looking up what an earlier run already made ---

    void findOrCreateGroups() throws Exception {
        Map<String, String> existing = new LinkedHashMap<>();
        for (Map<?, ?> group : items(coordinator.send("GET", urls.partners("/groups?size=200"), null))) {
            existing.put(group.get("kind") + "/" + group.get("name"), (String) group.get("id"));
        }
        for (Group group : Group.values()) {
            // A network has one steering group, whatever its name (the old demo data called it the same).
            String id = group.kind.equals("STEERING")
                    ? existing.entrySet().stream().filter(e -> e.getKey().startsWith("STEERING/")).map(Map.Entry::getValue)
                            .findFirst().orElse(null)
                    : existing.get(group.kind + "/" + group.title);
            if (id == null) {
                id = id(coordinator.send("POST", urls.partners("/groups"),
                        Json.object("kind", group.kind, "name", group.title, "theme", group.theme)));
            }
            groupIds.put(group, id);
        }
    }

    void findOrCreatePartners() throws Exception {
        Map<String, String> byExternalId = new LinkedHashMap<>();
        for (Map<?, ?> partner : items(coordinator.send("GET", urls.partners("/partners?size=200"), null))) {
            if (partner.get("externalId") != null) {
                byExternalId.put((String) partner.get("externalId"), (String) partner.get("id"));
            }
        }
        for (Partner partner : CAST) {
            String id = byExternalId.get(partner.externalId());
            if (id == null) {
                id = id(coordinator.send("POST", urls.partners("/partners"), Json.object("kind", partner.kind,
                        "sector", partner.sector, "name", partner.name, "externalId", partner.externalId(),
                        "email", partner.key + "@musterstadt.example", "contactConsent", true, "listingConsent", true)));
            }
            partnerIds.put(partner.key, id);
        }
        say("demo data: %d partners, %d groups", CAST.size(), Group.values().length);
    }

    /** Each group's members in one request with the days they joined; the same list again changes nothing. */
    void enterMemberships() throws Exception {
        for (Group group : Group.values()) {
            List<Object> entries = new ArrayList<>();
            for (Partner partner : members(group)) {
                entries.add(Json.object("partnerId", partnerIds.get(partner.key), "role", partner.groups.get(group),
                        "joinedOn", today.minusDays(partner.joinedDaysAgo).toString(), "introductoryTalkDone", true));
            }
            HttpResponse<String> entered = coordinator.exchange("POST", urls.partners("/groups/" + groupIds.get(group) + "/members"),
                    Json.object("memberships", entries));
            if (entered.statusCode() == 409) {
                warnings.add("%s's members were entered on another day; kept as they are".formatted(group.title));
            } else if (entered.statusCode() >= 300) {
                throw new IllegalStateException("members of %s: %d %s".formatted(group.title, entered.statusCode(), entered.body()));
            }
        }
    }

    /**
     * Anna Müller's parental leave, entered before her absences (as a coordinator would), so that they raise nothing
     * on the way; engagement-service knows her from partner-events a moment after she was registered. A pause entered
     * again replaces itself.
     */
    void pauseForParentalLeave() throws Exception {
        coordinator.eventually("PUT", urls.engagement("/engagement/" + partnerIds.get("mueller") + "/pause"),
                Json.object("startsOn", today.minusDays(40).toString(), "until", today.plusDays(60).toString(),
                        "reason", "PARENTAL_LEAVE", "note", "Elternzeit"));
    }

    /**
     * Every past meeting as its minutes tell it, in one request each: invitations ten days before, a yes two days
     * later from whoever came, a no with a reason from the excused, nothing from the others; the minutes three days
     * after, read by the excused. A meeting an earlier run scheduled on the same day is used again; a group whose
     * meetings were scheduled on another day is left as it is.
     */
    void enterMeetings() throws Exception {
        for (Group group : Group.values()) {
            Map<LocalDate, String> existing = new TreeMap<>();
            for (Map<?, ?> meeting : items(coordinator.eventually("GET",
                    urls.meetings("?size=200&groupId=" + groupIds.get(group)), null))) {
                if (group.meetingTitle.equals(meeting.get("title"))) {
                    existing.put(OffsetDateTime.parse((String) meeting.get("startsAt")).atZoneSameInstant(BERLIN)
                            .toLocalDate(), (String) meeting.get("id"));
                }
            }
            Set<LocalDate> planned = new HashSet<>();
            group.meetingDaysAgo().forEach(days -> planned.add(today.minusDays(days)));
            if (!planned.containsAll(existing.keySet())) {
                warnings.add("%s's meetings were entered on another day; kept as they are".formatted(group.title));
                continue;
            }
            for (int daysAgo : group.meetingDaysAgo()) {
                String meeting = existing.get(today.minusDays(daysAgo));
                enterMeeting(group, daysAgo, meeting != null ? meeting : schedule(group, daysAgo));
            }
        }
        say("demo data: %d meetings with attendance",
                Arrays.stream(Group.values()).mapToInt(group -> group.meetingDaysAgo().size()).sum());
    }

    String schedule(Group group, int daysAgo) throws Exception {
        OffsetDateTime start = startOf(group, daysAgo);
        return id(coordinator.eventually("POST", urls.meetings(""), Json.object("groupId", groupIds.get(group),
                "title", group.meetingTitle, "startsAt", start.toString(), "endsAt", start.plusHours(2).toString(),
                "place", group == Group.STEUERUNG ? "Rathaus Musterstadt, Raum 2.14" : "Begegnungszentrum Mitte, Raum 1",
                "agenda", "1. Rückblick\n2. Vorhaben\n3. Verschiedenes")));
    }

    void enterMeeting(Group group, int daysAgo, String meeting) throws Exception {
        OffsetDateTime start = startOf(group, daysAgo);
        List<Object> invitees = new ArrayList<>();
        List<Object> answers = new ArrayList<>();
        List<Object> attendance = new ArrayList<>();
        List<String> excused = new ArrayList<>();
        for (Partner partner : members(group)) {
            String id = partnerIds.get(partner.key);
            String status = partner.statusAt(daysAgo);
            invitees.add(id);
            switch (status) {
                case "PRESENT" -> answers.add(Json.object("partnerId", id, "answer", "ACCEPTED",
                        "respondedAt", start.minusDays(8).toString()));
                case "EXCUSED" -> {
                    answers.add(Json.object("partnerId", id, "answer", "DECLINED", "reason", "Terminüberschneidung",
                            "respondedAt", start.minusDays(3).toString()));
                    excused.add(id);
                }
                default -> {
                }
            }
            if (!status.equals(NOT_LISTED)) {
                attendance.add(Json.object("partnerId", id, "status", status));
            }
        }
        HttpResponse<String> entered = eventuallyExchange("PUT", urls.meetings("/" + meeting + "/history"), Json.object(
                "invitations", Json.object("sentAt", start.minusDays(10).withHour(10).toString(), "partnerIds", invitees),
                "responses", answers, "attendance", attendance));
        if (entered.statusCode() == 409) {
            return; // entered by an earlier run on another day, with other dates: it stays as it was
        }
        check(entered, "history of " + group.title + " " + today.minusDays(daysAgo));
        publishMinutes(urls.meetings("/" + meeting + "/minutes"), Json.object(
                "text", "Protokoll %s vom %s.".formatted(group.title, today.minusDays(daysAgo)),
                "publishedAt", notInTheFuture(start.plusDays(3).withHour(20)).toString()));
        for (String partner : excused) {
            coordinator.send("PUT", urls.meetings("/" + meeting + "/minutes/acknowledgements/" + partner),
                    Json.object("acknowledgedAt", notInTheFuture(start.plusDays(5).withHour(19)).toString()));
        }
    }

    void enterTasks() throws Exception {
        Set<String> existing = new HashSet<>();
        for (Map<?, ?> task : items(coordinator.send("GET", urls.tasks("?size=200"), null))) {
            existing.add((String) task.get("title"));
        }
        for (Task task : TASKS_ENTERED) {
            if (existing.contains(task.title)) {
                continue;
            }
            Map<String, Object> body = Json.object("title", task.title, "groupId", groupIds.get(task.group),
                    "assigneeId", partnerIds.get(task.owner), "size", "S",
                    "assignedAt", today.minusDays(task.assignedDaysAgo).atTime(9, 0).atZone(BERLIN).toOffsetDateTime().toString(),
                    "dueDate", today.minusDays(task.dueDaysAgo).toString());
            if (task.completedDaysAgo != null) {
                body.put("status", "DONE");
                body.put("completedOn", today.minusDays(task.completedDaysAgo).toString());
            }
            coordinator.eventually("POST", urls.tasks(""), body);
        }
        say("demo data: %d tasks (on time, late, overdue, open)", TASKS_ENTERED.size());
    }

    /**
     * The coordinator's calls: recent ones with most partners; none for months with some, so that they show as going
     * cold. A partner whose log has entries already is left alone.
     */
    void enterContacts() throws Exception {
        for (Partner partner : CAST) {
            String log = urls.partners("/partners/" + partnerIds.get(partner.key) + "/contacts");
            if (!items(coordinator.send("GET", log + "?size=1", null)).isEmpty()) {
                continue;
            }
            if (partner.lastCallDaysAgo != null) {
                coordinator.send("POST", log, Json.object("contactedOn", today.minusDays(partner.lastCallDaysAgo).toString(),
                        "channel", partner.lastCallDaysAgo % 2 == 0 ? "CALL" : "PERSONAL_MEETING", "madeBy", "Koordination",
                        "note", "Wie läuft es in der Gruppe? Nächste Schritte besprochen."));
            }
            coordinator.send("POST", log, Json.object("contactedOn", today.minusDays(20).toString(), "channel", "NEWSLETTER",
                    "madeBy", "Koordination"));
        }
    }

    void enterGoals() throws Exception {
        Map<String, String> existing = new LinkedHashMap<>();
        for (Map<?, ?> goal : items(coordinator.send("GET", urls.partners("/goals?size=200"), null))) {
            existing.put((String) goal.get("title"), (String) goal.get("id"));
        }
        for (Goal goal : GOALS) {
            String id = existing.get(goal.title);
            if (id == null) {
                id = id(coordinator.send("POST", urls.partners("/goals"), Json.object("title", goal.title,
                        "category", goal.category, "priority", goal.priority, "responsiblePartnerId",
                        partnerIds.get(goal.responsible))));
            }
            List<Object> needs = new ArrayList<>();
            for (Need need : goal.needs) {
                needs.add(Json.object("partnerId", need.partner == null ? null : partnerIds.get(need.partner),
                        "description", need.description, "sector", need.sector, "purpose", need.purpose,
                        "keyActor", need.keyActor));
            }
            // Replaces the list: the same list again changes nothing.
            String goalUrl = urls.partners("/goals/" + id);
            String etag = coordinator.exchange("GET", goalUrl, null).headers().firstValue("ETag").orElseThrow();
            coordinator.sendIfMatch("PUT", goalUrl + "/actor-needs", etag, Json.object("needs", needs));
        }
        say("demo data: %d strategic goals with the actors they need, two not in the network yet", GOALS.size());
    }

    /** An offer and a need that fit, agreed; and an offer still open. */
    void enterExchange() throws Exception {
        String room = post("offers", "weberei", "ROOM",
                "Barrierefreier Saal für 80 Personen mit Induktionsschleife, an Wochenenden", List.of("barrierefreiheit", "saal"));
        String need = post("needs", "beirat", "ROOM",
                "Barrierefreier Saal für den Aktionstag zum 5. Mai, etwa 60 Gäste", List.of("barrierefreiheit", "saal"));
        post("offers", "yilmaz", "KNOW_HOW", "Prüfe Texte auf Leichte Sprache, als Prüfer mit Lernschwierigkeiten",
                List.of("leichte sprache"));
        List<Map<?, ?>> matches = items(coordinator.send("GET",
                urls.partners("/exchange/matches?size=200&partnerId=" + partnerIds.get("beirat")), null));
        Map<?, ?> match = matches.stream().filter(m -> room.equals(m.get("offerId")) && need.equals(m.get("needId")))
                .findFirst().orElse(null);
        String matchId = match != null ? (String) match.get("id")
                : id(coordinator.send("POST", urls.partners("/exchange/matches"), Json.object("offerId", room, "needId", need)));
        if (match == null || "PROPOSED".equals(match.get("status"))) {
            String matchUrl = urls.partners("/exchange/matches/" + matchId);
            String etag = coordinator.exchange("GET", matchUrl, null).headers().firstValue("ETag").orElseThrow();
            coordinator.sendIfMatch("PATCH", matchUrl, etag, Json.object("status", "AGREED"));
        }
    }

    String post(String side, String partner, String kind, String description, List<String> tags) throws Exception {
        String id = partnerIds.get(partner);
        for (Map<?, ?> entry : items(coordinator.send("GET", urls.partners("/exchange/" + side + "?size=200&partnerId=" + id), null))) {
            if (description.equals(entry.get("description"))) {
                return (String) entry.get("id");
            }
        }
        return id(coordinator.send("POST", urls.partners("/exchange/" + side), Json.object("partnerId", id, "kind", kind,
                "description", description, "tags", tags, "validUntil", today.plusDays(60).toString())));
    }

    /** A Thementisch for the dying AG Freizeit, where someone new signed up: AG Freizeit's patron has to welcome her. */
    void openSignup() throws Exception {
        String title = "Thementisch Freizeit beim Stadtteilfest";
        String signup = items(coordinator.send("GET", urls.partners("/signups?size=200"), null)).stream()
                .filter(s -> title.equals(s.get("title"))).map(s -> (String) s.get("id")).findFirst().orElse(null);
        if (signup == null) {
            signup = id(coordinator.send("POST", urls.partners("/signups"),
                    Json.object("groupId", groupIds.get(Group.FREIZEIT), "title", title)));
        }
        // The same person again gets her entry back (200): no second partner.
        coordinator.send("POST", urls.partners("/signups/" + signup + "/entries"), Json.object("name", "Erika Beispiel",
                "email", "erika.beispiel@musterstadt.example", "contactConsent", true));
    }

    /** Active since five months, ending in three weeks with no follow-up yet: it shows in …/cooperations/attention. */
    void startCooperation() throws Exception {
        String goal = null;
        for (Map<?, ?> g : items(coordinator.send("GET", urls.partners("/goals?size=200"), null))) {
            if (GOALS.getFirst().title.equals(g.get("title"))) {
                goal = (String) g.get("id");
            }
        }
        String id = cooperation() == null ? null : (String) cooperation().get("id");
        if (id == null) {
            id = id(coordinator.send("POST", urls.partners("/cooperations"), Json.object(
                    "purpose", COOPERATION_PURPOSE, "goalId", goal,
                    "startsOn", today.minusDays(150).toString(), "endsOn", today.plusDays(21).toString(),
                    "parties", List.of(
                            party("werkstaetten", "Begleitung der Praktikantinnen und Praktikanten"),
                            party("baeckerei", "Zwei Praktikumsplätze"),
                            party("berufskolleg", "Vermittlung der Schülerinnen und Schüler")))));
        }
        // Started in a second request, with the version just read: a run cut off in between starts it next time.
        String cooperation = urls.partners("/cooperations/" + id);
        String etag = coordinator.exchange("GET", cooperation, null).headers().firstValue("ETag").orElseThrow();
        coordinator.sendIfMatch("PUT", cooperation + "/status", etag, Json.object("status", "ACTIVE"));
    }

    Map<String, Object> party(String partner, String contribution) {
        return Json.object("partnerId", partnerIds.get(partner), "contribution", contribution);
    }

    // --- what a newcomer finds ---

    /**
     * Waits (at most {@link #ALERTS_DEADLINE}, when just built) until engagement-service shows every kind of alert open
     * and its list has not changed for {@link #QUIET}, then prints what the network holds and whom to log in as; what is
     * missing is a warning. Open alerts only: while history arrives a score can fall for a moment and its alert be
     * withdrawn at once (engagement README, known gap); those stay in the history as DISMISSED.
     */
    void summary(boolean wait) throws Exception {
        long deadline = System.nanoTime() + (wait ? ALERTS_DEADLINE.toNanos() : 0);
        Map<String, Integer> counts = Map.of();
        long quietSince = System.nanoTime();
        while (true) {
            Map<String, Integer> now = new TreeMap<>();
            for (Map<?, ?> alert : items(coordinator.send("GET", urls.engagement("/alerts?status=OPEN&size=200"), null))) {
                now.merge((String) alert.get("rule"), 1, Integer::sum);
            }
            if (!now.equals(counts)) {
                counts = now;
                quietSince = System.nanoTime();
            }
            boolean settled = counts.keySet().containsAll(ALERT_RULES) && System.nanoTime() - quietSince >= QUIET.toNanos();
            if (settled || System.nanoTime() > deadline) {
                break;
            }
            Thread.sleep(1000);
        }
        int partners = ((Number) ((Map<?, ?>) Json.parse(coordinator.send("GET",
                urls.partners("/partners?size=1"), null))).get("totalItems")).intValue();
        int cold = ((Number) ((Map<?, ?>) Json.parse(coordinator.send("GET",
                urls.partners("/partners?size=1&contactOlderThan=P90D"), null))).get("totalItems")).intValue();
        StringBuilder alerts = new StringBuilder();
        for (String rule : ALERT_RULES) {
            alerts.append(alerts.isEmpty() ? "" : ", ").append(rule).append(' ').append(counts.getOrDefault(rule, 0));
            if (!counts.containsKey(rule)) {
                warnings.add("no %s alert yet (engagement-service may still be catching up: GET …/alerts)".formatted(rule));
            }
        }
        say("demo data: %d partners, %d going cold (contactOlderThan=P90D); open alerts: %s", partners, cold, alerts);
        String patron = partnerIdOf("beirat");
        say("demo data: log in as: deploy/local/token %s coordinator | patron of AG Freizeit: deploy/local/token %s member %s"
                + " | member: deploy/local/token %s member %s", network, network, patron, network, partnerIdOf("krause"));
    }

    /** A partner's id, looked up by external id when this run did not create the cast (a complete network). */
    String partnerIdOf(String key) throws Exception {
        if (partnerIds.containsKey(key)) {
            return partnerIds.get(key);
        }
        String externalId = CAST.stream().filter(p -> p.key.equals(key)).findFirst().orElseThrow().externalId();
        for (Map<?, ?> partner : items(coordinator.send("GET", urls.partners("/partners?size=200"), null))) {
            if (externalId.equals(partner.get("externalId"))) {
                return (String) partner.get("id");
            }
        }
        return "?";
    }

    // --- helpers ---

    List<Partner> members(Group group) {
        return CAST.stream().filter(partner -> partner.groups.containsKey(group)).toList();
    }

    OffsetDateTime startOf(Group group, int daysAgo) {
        return today.minusDays(daysAgo).atTime(LocalTime.of(group == Group.STEUERUNG ? 17 : 18, 0)).atZone(BERLIN)
                .toOffsetDateTime();
    }

    /** The minutes of the last days' meetings came out a moment ago, not three days after: the API takes no future. */
    static OffsetDateTime notInTheFuture(OffsetDateTime time) {
        OffsetDateTime now = OffsetDateTime.now(BERLIN).minusMinutes(1);
        return time.isAfter(now) ? now : time;
    }

    /**
     * Publishes a meeting's minutes; on a run after the one that first published them (the same day: the history was
     * the same), sends them again as a correction with the ETag read, which changes nothing.
     */
    void publishMinutes(String minutes, Object body) throws Exception {
        HttpResponse<String> read = coordinator.exchange("GET", minutes, null);
        if (read.statusCode() == 404) {
            coordinator.send("PUT", minutes, body);
        } else {
            coordinator.sendIfMatch("PUT", minutes, read.headers().firstValue("ETag").orElseThrow(), body);
        }
    }

    /** Like {@link Api#eventually}, but hands back a 409 for the caller to judge. */
    HttpResponse<String> eventuallyExchange(String method, String url, Object body) throws Exception {
        long deadline = System.nanoTime() + Api.REPLICATION_TIMEOUT.toNanos();
        while (true) {
            HttpResponse<String> response = coordinator.exchange(method, url, body);
            if ((response.statusCode() != 422 && response.statusCode() != 404) || System.nanoTime() > deadline) {
                return response;
            }
            Thread.sleep(200);
        }
    }

    static void check(HttpResponse<String> response, String what) {
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("%s: %d %s".formatted(what, response.statusCode(), response.body()));
        }
    }

    static List<Map<?, ?>> items(String page) {
        return ((List<?>) ((Map<?, ?>) Json.parse(page)).get("items")).stream().<Map<?, ?>>map(item -> (Map<?, ?>) item)
                .toList();
    }

    static String id(String created) {
        return (String) ((Map<?, ?>) Json.parse(created)).get("id");
    }

    static void say(String format, Object... args) {
        System.out.println(format.formatted(args));
    }
}
