import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Acceptance test of issue 13, item 8: a realistic network whose last three months are entered after the fact, the
 * way a coordinator catching up would — through the REST API only, history first and out of order — and then the
 * alerts a coordinator gets, compared with the alerts they should get and nothing else.
 *
 * <p>The network is modelled on Bocholt's inclusion network (seeds 000–003), with fictitious partners: three working
 * groups (AG Arbeit, AG Wohnen, AG Freizeit) meeting every fortnight, fifteen partners, tasks with their past dates,
 * and one parental leave. Most partners come reliably; the {@link #CAST} says who does not, and {@link #EXPECTED}
 * which alerts that must raise under the default policy, with the arithmetic.
 *
 * <p>Every alert ever raised in the network counts, whatever its status: an alert raised while history was half
 * entered, and withdrawn later, has already sent a coordinator to the phone. Run against a started local system
 * (deploy/local/up): deploy/local/acceptance. Exit code 0 when the alerts are exactly the expected ones.
 */
public class BackfilledNetwork {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** How long engagement-service may take to settle after the last request. */
    static final Duration SETTLE_DEADLINE = Duration.ofSeconds(120);
    /** Engagement counts as settled when scores and alerts have not changed for this long. */
    static final Duration QUIET = Duration.ofSeconds(6);

    enum Group {
        ARBEIT("AG Arbeit", "Inklusive Ausbildung und Arbeit bei Betrieben vor Ort", 87),
        WOHNEN("AG Wohnen", "Barrierefreies und selbstbestimmtes Wohnen", 89),
        FREIZEIT("AG Freizeit", "Sport, Kultur und Freizeit für alle", 91);

        final String title;
        final String theme;
        /** Days ago of the first of its seven fortnightly meetings; the last is 84 days later. */
        final int firstMeetingDaysAgo;

        Group(String title, String theme, int firstMeetingDaysAgo) {
            this.title = title;
            this.theme = theme;
            this.firstMeetingDaysAgo = firstMeetingDaysAgo;
        }

        /** Days ago of its meetings, oldest first. */
        List<Integer> meetingDaysAgo() {
            List<Integer> days = new ArrayList<>();
            for (int day = firstMeetingDaysAgo; day > 0; day -= 14) {
                days.add(day);
            }
            return days;
        }
    }

    /** Attendance other than "present": a partner with no deviation at a meeting of their group was there. */
    record Deviation(Group group, int daysAgo, String status) {
    }

    /** An attendance list first entered wrongly for one partner, and corrected once all meetings are in. */
    record Mistake(String partner, Group group, int daysAgo, String enteredFirst) {
    }

    /**
     * One partner: their profile, their groups with their role in each, the day they joined, and how their attendance
     * departs from being present every time. {@code listed} false: never put on an attendance list.
     */
    record Partner(String key, String name, String kind, String sector, Map<Group, String> groups, int joinedDaysAgo,
            List<Deviation> deviations, boolean listed, String role) {

        String statusAt(Group group, int daysAgo) {
            return deviations.stream().filter(d -> d.group == group && d.daysAgo == daysAgo).map(Deviation::status)
                    .findFirst().orElse("PRESENT");
        }
    }

    /** A task with its past, as entered from the coordinator's list; completedDaysAgo null while it is open. */
    record Task(String owner, Group group, String title, int assignedDaysAgo, int dueDaysAgo, Integer completedDaysAgo) {
    }

    record Expected(String partner, String rule, String why) {
    }

    static final List<Partner> CAST = List.of(
            // AG Arbeit: meetings 87, 73, 59, 45, 31, 17 and 3 days ago.
            new Partner("werkstatt", "Werkstatt Aawind gGmbH", "ORGANISATION", "SOCIAL_SERVICES",
                    Map.of(Group.ARBEIT, "LEAD"), 420, List.of(), true, "reliable, leads AG Arbeit"),
            new Partner("teilhabe", "Stadt Bocholt, Fachstelle Teilhabe (fiktiv)", "ORGANISATION", "MUNICIPALITY",
                    Map.of(Group.ARBEIT, "MEMBER", Group.WOHNEN, "PATRON"), 420, List.of(), true,
                    "reliable in two groups, patron of AG Wohnen"),
            new Partner("baeckerei", "Bäckerei Terhorst", "ORGANISATION", "BUSINESS",
                    Map.of(Group.ARBEIT, "MEMBER"), 300, List.of(), true,
                    "always there, but one task 20 days overdue"),
            new Partner("mira", "Mira Schulte-Ebbert", "PERSON", "SELF_ADVOCATES", Map.of(Group.ARBEIT, "MEMBER"), 250,
                    List.of(new Deviation(Group.ARBEIT, 45, "EXCUSED"), new Deviation(Group.ARBEIT, 17, "EXCUSED")), true,
                    "excused twice, reads the minutes of what she missed"),
            new Partner("berufskolleg", "Berufskolleg am Aasee (fiktiv)", "ORGANISATION", "EDUCATION",
                    Map.of(Group.ARBEIT, "MEMBER"), 400, List.of(), false,
                    "silent: on no attendance list for three months, last task done 130 days ago (SILENCE once the lists are a week old)"),
            new Partner("jonas", "Jonas Överhoff", "PERSON", "VOLUNTEERS", Map.of(Group.ARBEIT, "MEMBER"), 200, List.of(),
                    true, "reliable; first entered absent 73 days ago by mistake, corrected later"),
            // AG Wohnen: meetings 89, 75, 61, 47, 33, 19 and 5 days ago.
            new Partner("genossenschaft", "Wohnungsgenossenschaft Aa-Bogen eG", "ORGANISATION", "BUSINESS",
                    Map.of(Group.WOHNEN, "LEAD"), 420, List.of(), true, "reliable, leads AG Wohnen"),
            new Partner("lena", "Lena Brüggemann", "PERSON", "VOLUNTEERS", Map.of(Group.WOHNEN, "MEMBER"), 300,
                    List.of(new Deviation(Group.WOHNEN, 33, "ABSENT"), new Deviation(Group.WOHNEN, 19, "ABSENT"),
                            new Deviation(Group.WOHNEN, 5, "ABSENT")), true,
                    "on parental leave since 40 days ago: absent three times, paused"),
            new Partner("tim", "Tim Hüsing", "PERSON", "SELF_ADVOCATES", Map.of(Group.WOHNEN, "MEMBER"), 200,
                    List.of(new Deviation(Group.WOHNEN, 19, "ABSENT"), new Deviation(Group.WOHNEN, 5, "ABSENT")), true,
                    "drifting: two unexcused absences at AG Wohnen's last two meetings"),
            new Partner("lichtblick", "Ambulant Betreutes Wohnen Lichtblick e.V.", "ORGANISATION", "SOCIAL_SERVICES",
                    Map.of(Group.WOHNEN, "MEMBER"), 380, List.of(), true, "reliable"),
            new Partner("hemsing", "Petra Hemsing (Ratsmitglied)", "PERSON", "POLITICS",
                    Map.of(Group.WOHNEN, "MEMBER", Group.FREIZEIT, "MEMBER"), 360,
                    List.of(new Deviation(Group.FREIZEIT, 49, "EXCUSED")), true, "reliable in two groups, excused once"),
            // AG Freizeit: meetings 91, 77, 63, 49, 35, 21 and 7 days ago.
            new Partner("tus", "TuS Aa-Ufer 1921 e.V.", "ORGANISATION", "ASSOCIATION", Map.of(Group.FREIZEIT, "LEAD"), 420,
                    List.of(), true, "reliable, leads AG Freizeit"),
            new Partner("kulturwerkstatt", "Kulturwerkstatt Nordstraße e.V.", "ORGANISATION", "ASSOCIATION",
                    Map.of(Group.FREIZEIT, "MEMBER"), 390, List.of(), true, "reliable"),
            new Partner("heike", "Heike Tenbrink", "PERSON", "VOLUNTEERS", Map.of(Group.FREIZEIT, "MEMBER"), 330, List.of(),
                    true, "reliable"),
            new Partner("radio", "Radio Aa-Welle (fiktiv)", "ORGANISATION", "MEDIA", Map.of(Group.FREIZEIT, "MEMBER"), 310,
                    List.of(), true, "reliable"));

    /** An old sign-in sheet turns up after everything is entered: Jonas was there after all. */
    static final Mistake MISTAKE = new Mistake("jonas", Group.ARBEIT, 73, "ABSENT");

    /** Who reads the minutes of a meeting they missed (asked to, as everyone not present is). */
    static final Set<String> READ_MISSED_MINUTES = Set.of("mira", "hemsing");

    /** Sorted by due date, as the coordinator's task list is: the overdue task comes last. */
    static final List<Task> TASKS_ENTERED = List.of(
            new Task("berufskolleg", Group.ARBEIT, "Raum für den Berufsorientierungstag stellen", 160, 125, 130),
            new Task("baeckerei", Group.ARBEIT, "Praktikumsplätze bei Handwerksbetrieben sammeln", 110, 90, 92),
            new Task("werkstatt", Group.ARBEIT, "Übersicht der Ausbildungsplätze in Leichter Sprache", 100, 80, 82),
            new Task("heike", Group.FREIZEIT, "Flyer für das inklusive Sommerkino", 95, 80, 80),
            new Task("baeckerei", Group.ARBEIT, "Aushang für die Ausbildungsbörse", 80, 60, 61),
            new Task("tus", Group.FREIZEIT, "Hallenzeiten für die inklusive Sportgruppe anfragen", 60, 45, 46),
            new Task("genossenschaft", Group.WOHNEN, "Befragung zu barrierefreien Wohnungen auswerten", 70, 40, 41),
            new Task("werkstatt", Group.ARBEIT, "Einladungen zum Fachtag Inklusive Arbeitswelt verschicken", 50, 35, 36),
            new Task("jonas", Group.ARBEIT, "Fotos vom Fachtag sortieren", 40, 30, 27),
            new Task("baeckerei", Group.ARBEIT, "Liste barrierefreier Arbeitsplätze aktualisieren", 45, 25, 26),
            new Task("baeckerei", Group.ARBEIT, "Betriebsbesichtigung für die AG organisieren", 50, 20, null));

    /**
     * What the default policy (engagement README; EngagementCalculator, DefaultPolicy: streak 2, overdue 14 days,
     * silence 90 days, score drop more than 20 points within 60 days, half-life 60 days) must raise for this history,
     * and nothing else. The score arithmetic uses decay weights 0.5^(days ago / 60).
     */
    static final List<Expected> EXPECTED = List.of(
            new Expected("tim", "ABSENCE_STREAK",
                    "unexcused at AG Wohnen 19 and 5 days ago, after five meetings present"),
            new Expected("tim", "SCORE_DROP",
                    "the same two absences, and the two invitations he left unanswered: attendance weighs them 0.80 +"
                            + " 0.94 of 4.28, so his score falls from 100 (60 days ago) to well under 80; one case with the"
                            + " streak (one follow-up), the list per rule still shows both"),
            new Expected("baeckerei", "TASKS_OVERDUE",
                    "'Betriebsbesichtigung' due 20 days ago, still open (more than 14); its score stays at 90 (drop 10)"
                            + " thanks to three tasks done on time"));
    // Not yet: the Berufskolleg (member of AG Arbeit, on none of its lists, last sign of life a task done 130 days
    // ago) gets SILENCE 7 days after the lists were entered — its own line might still be on its way on another
    // partition until then (engagement README, settled facts of SILENCE), so today it raises nothing.
    // Expected to raise nothing: Mira (excused twice: 0.5 credit, and minutes read, score 88, drop 12); Lena (paused
    // over her absences); Jonas (one absence 73 days ago, later corrected); Petra (excused once); everyone else present.

    final Api api;
    final Api operator;
    final String network;
    final Urls urls;
    final LocalDate today = LocalDate.now(BERLIN);
    final Map<String, String> partnerIds = new LinkedHashMap<>();
    final Map<Group, String> groupIds = new LinkedHashMap<>();
    /** Every meeting id with a readable name, for the report. */
    final Map<String, String> names = new LinkedHashMap<>();
    final Map<Group, Map<Integer, String>> meetingIds = new LinkedHashMap<>();

    BackfilledNetwork(Api api, Api operator, String network) {
        this.api = api;
        this.operator = operator;
        this.network = network;
        this.urls = new Urls(network);
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: BackfilledNetwork NETWORK COORDINATOR_TOKEN OPERATOR_TOKEN"
                    + "   (run it through deploy/local/acceptance)");
            System.exit(2);
        }
        long started = System.nanoTime();
        boolean passed = new BackfilledNetwork(new Api(args[1]), new Api(args[2]), args[0]).run();
        System.out.printf("%nacceptance: %s in %.0f s%n", passed ? "PASSED" : "FAILED", (System.nanoTime() - started) / 1e9);
        System.exit(passed ? 0 : 1);
    }

    boolean run() throws Exception {
        say("network %s, today %s (Europe/Berlin)", network, today);
        operator.send("POST", "http://127.0.0.1:8081/api/v1/networks",
                Json.object("id", network, "name", "Inklusionsnetzwerk Bocholt (Abnahmetest " + network + ")",
                        "timeZone", "Europe/Berlin", "defaultLanguage", "de"));
        for (Group group : Group.values()) {
            groupIds.put(group, id(api.send("POST", urls.partners("/groups"),
                    Json.object("kind", "WORKING", "name", group.title, "theme", group.theme))));
            names.put(groupIds.get(group), group.title);
        }
        for (Partner partner : CAST) {
            partnerIds.put(partner.key, id(api.send("POST", urls.partners("/partners"), Json.object("kind", partner.kind,
                    "sector", partner.sector, "name", partner.name, "contactConsent", true))));
            names.put(partnerIds.get(partner.key), partner.name);
        }
        say("1. %d partners and %d groups registered", CAST.size(), Group.values().length);

        joinGroup(Group.ARBEIT);
        joinGroup(Group.FREIZEIT);
        say("2. members of AG Arbeit and AG Freizeit entered, with the days they joined");

        // The coordinator first copies AG Wohnen's dates from the calendar, before entering who belongs to it.
        for (int daysAgo : Group.WOHNEN.meetingDaysAgo()) {
            schedule(Group.WOHNEN, daysAgo);
        }
        say("3. AG Wohnen's seven past meetings scheduled, before its members are entered");
        joinGroupAtOnce(Group.WOHNEN);
        say("4. members of AG Wohnen entered, all in one request");
        api.eventually("PUT", urls.engagement("/engagement/" + partnerIds.get("lena") + "/pause"),
                Json.object("startsOn", today.minusDays(40).toString(), "until", today.plusDays(60).toString(),
                        "reason", "PARENTAL_LEAVE", "note", "Elternzeit"));
        say("5. Lena Brüggemann's parental leave entered: from 40 days ago for another 60 days");
        settle("memberships and pause", 0);

        // AG Freizeit's lists lie on top of the pile: the newest first.
        for (int daysAgo : Group.FREIZEIT.meetingDaysAgo().reversed()) {
            schedule(Group.FREIZEIT, daysAgo);
            backfill(Group.FREIZEIT, daysAgo);
        }
        say("6. AG Freizeit's seven meetings entered, newest first: scheduled, invited, attendance, minutes, minutes read");
        settle("AG Freizeit", 0);
        for (int daysAgo : Group.ARBEIT.meetingDaysAgo()) {
            schedule(Group.ARBEIT, daysAgo);
            backfill(Group.ARBEIT, daysAgo);
        }
        say("7. AG Arbeit's seven meetings entered, oldest first");
        settle("AG Arbeit", 0);
        for (int daysAgo : Group.WOHNEN.meetingDaysAgo()) {
            backfillAtOnce(Group.WOHNEN, daysAgo);
        }
        say("8. AG Wohnen's seven meetings (scheduled in step 3) entered oldest first, each in one request with the"
                + " dates its invitations and answers had, then its minutes with theirs");
        settle("AG Wohnen", 0);

        String corrected = meetingIds.get(MISTAKE.group).get(MISTAKE.daysAgo);
        String correctedList = urls.meetings("/" + corrected + "/attendance");
        api.sendIfMatch("PUT", correctedList, etagOf(correctedList), Json.object("entries", List.of(Json.object(
                "partnerId", partnerIds.get(MISTAKE.partner), "status", partnerOf(MISTAKE.partner).statusAt(MISTAKE.group,
                        MISTAKE.daysAgo)))));
        say("9. AG Arbeit's list of 73 days ago corrected: Jonas Överhoff present, not absent");
        settle("the correction", 0);

        for (Task task : TASKS_ENTERED) {
            enter(task);
        }
        say("10. %d tasks entered with their past, by due date", TASKS_ENTERED.size());
        settle("the tasks", 0);

        for (Group group : Group.values()) {
            upcomingMeeting(group);
        }
        say("11. the next meeting of each group scheduled in 12 days and invited to; some answers received");
        Map<String, Object> settled = settle("the whole history", CAST.size());
        return report(settled);
    }

    // --- entering the history ---

    void joinGroup(Group group) throws Exception {
        for (Partner partner : CAST) {
            String role = partner.groups.get(group);
            if (role != null) {
                api.send("PUT", urls.partners("/groups/" + groupIds.get(group) + "/members/" + partnerIds.get(partner.key)),
                        Json.object("role", role, "joinedOn", today.minusDays(partner.joinedDaysAgo).toString(),
                                "introductoryTalkDone", true));
            }
        }
    }

    void schedule(Group group, int daysAgo) throws Exception {
        OffsetDateTime start = today.minusDays(daysAgo).atTime(LocalTime.of(18, 0)).atZone(BERLIN).toOffsetDateTime();
        String meeting = id(api.eventually("POST", urls.meetings(""), Json.object("groupId", groupIds.get(group),
                "title", group.title + " – Treffen", "startsAt", start.toString(), "endsAt", start.plusHours(2).toString(),
                "place", "Begegnungszentrum, Raum 1", "agenda", "1. Rückblick\n2. Vorhaben\n3. Verschiedenes")));
        meetingIds.computeIfAbsent(group, g -> new LinkedHashMap<>()).put(daysAgo, meeting);
        names.put(meeting, "%s on %s".formatted(group.title, today.minusDays(daysAgo)));
    }

    /** A past meeting as its minutes tell it: who was invited, who came, the minutes, who read them. */
    void backfill(Group group, int daysAgo) throws Exception {
        String meeting = meetingIds.get(group).get(daysAgo);
        inviteMembers(group, meeting);
        List<Object> entries = new ArrayList<>();
        for (Partner partner : members(group)) {
            if (partner.listed) {
                String status = partner.key.equals(MISTAKE.partner) && group == MISTAKE.group
                        && daysAgo == MISTAKE.daysAgo ? MISTAKE.enteredFirst : partner.statusAt(group, daysAgo);
                entries.add(Json.object("partnerId", partnerIds.get(partner.key), "status", status));
            }
        }
        String attendanceList = urls.meetings("/" + meeting + "/attendance");
        api.sendIfMatch("PUT", attendanceList, etagOf(attendanceList), Json.object("entries", entries));
        api.send("PUT", urls.meetings("/" + meeting + "/minutes"),
                Json.object("text", "Protokoll %s vom %s. Anwesend: siehe Liste.".formatted(group.title, today.minusDays(daysAgo))));
        for (Partner partner : members(group)) {
            if (READ_MISSED_MINUTES.contains(partner.key) && !partner.statusAt(group, daysAgo).equals("PRESENT")) {
                api.send("PUT", urls.meetings("/" + meeting + "/minutes/acknowledgements/" + partnerIds.get(partner.key)), null);
            }
        }
    }

    /** The ETag of what the URL answers, read as an app reads it before changing it (If-Match). */
    String etagOf(String url) throws Exception {
        HttpResponse<String> read = api.exchange("GET", url, null);
        if (read.statusCode() != 200) {
            throw new IllegalStateException("GET %s answered %d: %s".formatted(url, read.statusCode(), read.body()));
        }
        return read.headers().firstValue("ETag").orElseThrow(() -> new IllegalStateException("GET " + url + " sent no ETag"));
    }

    /** The same memberships in one request, as a catch-up form would send them. */
    void joinGroupAtOnce(Group group) throws Exception {
        List<Object> entries = new ArrayList<>();
        for (Partner partner : members(group)) {
            entries.add(Json.object("partnerId", partnerIds.get(partner.key), "role", partner.groups.get(group),
                    "joinedOn", today.minusDays(partner.joinedDaysAgo).toString(), "introductoryTalkDone", true));
        }
        api.send("POST", urls.partners("/groups/" + groupIds.get(group) + "/members"), Json.object("memberships", entries));
    }

    /**
     * A past meeting in one request, with the dates things really happened: invitations ten days before, a yes
     * two days later from whoever then came, no answer from the others; then the minutes, out three days after.
     */
    void backfillAtOnce(Group group, int daysAgo) throws Exception {
        String meeting = meetingIds.get(group).get(daysAgo);
        OffsetDateTime start = today.minusDays(daysAgo).atTime(LocalTime.of(18, 0)).atZone(BERLIN).toOffsetDateTime();
        List<Object> invitees = new ArrayList<>();
        List<Object> answers = new ArrayList<>();
        List<Object> attendance = new ArrayList<>();
        for (Partner partner : members(group)) {
            String id = partnerIds.get(partner.key);
            String status = partner.statusAt(group, daysAgo);
            invitees.add(id);
            if (status.equals("PRESENT")) {
                answers.add(Json.object("partnerId", id, "answer", "ACCEPTED", "respondedAt", start.minusDays(8).toString()));
            }
            attendance.add(Json.object("partnerId", id, "status", status));
        }
        api.eventually("PUT", urls.meetings("/" + meeting + "/history"), Json.object(
                "invitations", Json.object("sentAt", start.minusDays(10).withHour(10).toString(), "partnerIds", invitees),
                "responses", answers, "attendance", attendance));
        api.send("PUT", urls.meetings("/" + meeting + "/minutes"), Json.object(
                "text", "Protokoll %s vom %s.".formatted(group.title, today.minusDays(daysAgo)),
                "publishedAt", start.plusDays(3).withHour(20).toString()));
    }

    /**
     * Invites the group's members; meeting-service knows them from partner-service's events a moment later, so the
     * invitations are sent again until every member is among the invitees.
     */
    void inviteMembers(Group group, String meeting) throws Exception {
        Set<String> wanted = members(group).stream().map(p -> partnerIds.get(p.key)).collect(Collectors.toSet());
        long deadline = System.nanoTime() + Api.REPLICATION_TIMEOUT.toNanos();
        while (true) {
            Object invited = Json.parse(api.eventually("POST", urls.meetings("/" + meeting + "/invitations"), Map.of()));
            Set<String> invitees = ((List<?>) ((Map<?, ?>) invited).get("items")).stream()
                    .map(i -> (String) ((Map<?, ?>) i).get("partnerId"))
                    .collect(Collectors.toSet());
            if (invitees.containsAll(wanted)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("meeting-service did not learn the members of " + group.title);
            }
            Thread.sleep(200);
        }
    }

    void enter(Task task) throws Exception {
        Map<String, Object> body = Json.object("title", task.title, "groupId", groupIds.get(task.group),
                "assigneeId", partnerIds.get(task.owner), "size", "S",
                "assignedAt", today.minusDays(task.assignedDaysAgo).atTime(9, 0).atZone(BERLIN).toOffsetDateTime().toString(),
                "dueDate", today.minusDays(task.dueDaysAgo).toString());
        if (task.completedDaysAgo != null) {
            body.put("status", "DONE");
            body.put("completedOn", today.minusDays(task.completedDaysAgo).toString());
        }
        names.put(id(api.eventually("POST", urls.tasks(""), body)), "task '%s'".formatted(task.title));
    }

    /**
     * The next meeting, invited to in good time, and the answers so far: the drifting and the silent give none, two
     * simply have not answered yet, Lena declines (parental leave), the Kulturwerkstatt has its own event that day.
     */
    void upcomingMeeting(Group group) throws Exception {
        schedule(group, -12);
        String meeting = meetingIds.get(group).get(-12);
        inviteMembers(group, meeting);
        for (Partner partner : members(group)) {
            String answer = switch (partner.key) {
                case "tim", "berufskolleg", "teilhabe", "radio" -> null;
                case "lena", "kulturwerkstatt" -> "DECLINED";
                default -> "ACCEPTED";
            };
            if (answer != null) {
                api.send("PUT", urls.meetings("/" + meeting + "/responses/" + partnerIds.get(partner.key)),
                        Json.object("answer", answer, "reason", answer.equals("DECLINED") ? "Terminüberschneidung" : null));
            }
        }
    }

    static Partner partnerOf(String key) {
        return CAST.stream().filter(partner -> partner.key.equals(key)).findFirst().orElseThrow();
    }

    List<Partner> members(Group group) {
        return CAST.stream().filter(partner -> partner.groups.containsKey(group)).toList();
    }

    // --- waiting and judging ---

    /**
     * Waits until engagement-service has assessed at least {@code partners} partners and neither scores nor alerts
     * changed for {@link #QUIET}. Returns the last engagement list and all alerts.
     */
    Map<String, Object> settle(String after, int partners) throws Exception {
        long deadline = System.nanoTime() + SETTLE_DEADLINE.toNanos();
        String last = null;
        long quietSince = System.nanoTime();
        while (true) {
            String engagement = api.send("GET", urls.engagement("/engagement?size=200"), null);
            String alerts = api.send("GET", urls.engagement("/alerts?size=200"), null);
            String now = engagement + alerts;
            if (!now.equals(last)) {
                last = now;
                quietSince = System.nanoTime();
            }
            int assessed = ((List<?>) ((Map<?, ?>) Json.parse(engagement)).get("items")).size();
            if (System.nanoTime() - quietSince >= QUIET.toNanos() && assessed >= partners) {
                say("   settled after %s: %d partners assessed, %d alerts so far", after, assessed,
                        ((List<?>) ((Map<?, ?>) Json.parse(alerts)).get("items")).size());
                return Json.object("engagement", Json.parse(engagement), "alerts", Json.parse(alerts));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("engagement-service did not settle within %d s after %s"
                        .formatted(SETTLE_DEADLINE.toSeconds(), after));
            }
            Thread.sleep(1000);
        }
    }

    boolean report(Map<String, Object> settled) {
        Map<String, String> keyOf = new LinkedHashMap<>();
        partnerIds.forEach((key, id) -> keyOf.put(id, key));

        say("%nScores (default policy):");
        List<?> summaries = (List<?>) ((Map<?, ?>) settled.get("engagement")).get("items");
        for (Partner partner : CAST) {
            Map<?, ?> summary = summaries.stream().map(s -> (Map<?, ?>) s)
                    .filter(s -> partnerIds.get(partner.key).equals(s.get("partnerId"))).findFirst().orElse(Map.of());
            say("  %-45s score %-4s %-8s trend %-4s%s  (%s)", partner.name, summary.get("score"), summary.get("band"),
                    summary.get("trend"), Boolean.TRUE.equals(summary.get("paused")) ? " paused" : "", partner.role);
        }

        List<Map<?, ?>> alerts = ((List<?>) ((Map<?, ?>) settled.get("alerts")).get("items")).stream()
                .<Map<?, ?>>map(a -> (Map<?, ?>) a).toList();
        // The list is newest first: an expected alert is the latest of its partner and rule; any earlier one of the
        // same partner and rule was one alert too many for the coordinator.
        List<Map<?, ?>> unexpected = new ArrayList<>(alerts);
        boolean missing = false;
        say("%nAlerts a coordinator should get (%d):", EXPECTED.size());
        for (Expected e : EXPECTED) {
            Optional<Map<?, ?>> raised = alerts.stream().filter(a -> e.partner.equals(keyOf.get(a.get("partnerId")))
                    && e.rule.equals(a.get("rule"))).findFirst();
            say("  %-4s %-45s %-15s %s", raised.isEmpty() ? "MISS" : "ok", names.get(partnerIds.get(e.partner)), e.rule, e.why);
            raised.ifPresent(alert -> {
                describe(alert, "         ");
                unexpected.remove(alert);
            });
            missing |= raised.isEmpty();
        }
        unexpected.sort(Comparator.comparing(a -> String.valueOf(a.get("raisedAt"))));
        say("%nAlerts a coordinator should not have got (%d):", unexpected.size());
        for (Map<?, ?> alert : unexpected) {
            Object partner = alert.get("partnerId");
            say("  FALSE %-45s %-15s", partner == null ? "(group " + names.get(alert.get("groupId")) + ")" : names.get(partner),
                    alert.get("rule"));
            describe(alert, "         ");
        }
        return !missing && unexpected.isEmpty();
    }

    void describe(Map<?, ?> alert, String indent) {
        Map<?, ?> followUp = alert.get("followUp") instanceof Map<?, ?> map ? map : Map.of();
        String withdrawn = followUp.get("closingReason") == null ? ""
                : " (" + followUp.get("closingReason") + " at " + followUp.get("closedAt") + ")";
        say("%s%s%s, raised %s: %s", indent, alert.get("status"), withdrawn, alert.get("raisedAt"),
                readable((String) alert.get("summary")));
        for (Object item : (List<?>) alert.get("evidence")) {
            Map<?, ?> evidence = (Map<?, ?>) item;
            say("%s  evidence %s %s (%s)", indent, evidence.get("kind"),
                    names.getOrDefault(evidence.get("id"), String.valueOf(evidence.get("id"))), evidence.get("occurredAt"));
        }
    }

    /** The alert's summary with the ids it names replaced by the names this program gave them. */
    String readable(String summary) {
        String text = summary;
        for (Map.Entry<String, String> name : names.entrySet()) {
            text = text.replace(name.getKey(), name.getValue());
        }
        return text;
    }

    static String id(String created) {
        return (String) ((Map<?, ?>) Json.parse(created)).get("id");
    }

    static void say(String format, Object... args) {
        System.out.println(args.length == 0 ? format.replace("%n", "\n") : format.formatted(args));
    }
}
