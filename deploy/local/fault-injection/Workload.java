import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A coordinator's work on one network, about {@code events} events of it: partners registered and joining working
 * groups; past meetings entered with invitations and attendance, some corrected; coming meetings with invitations
 * and answers; tasks entered as done (late or on time) or completed now. Several coordinators work at once
 * ({@link #COORDINATORS} threads), in an order fixed by the seed. Every accepted write goes into {@link Accepted}.
 */
final class Workload {

    static final int COORDINATORS = 4;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final List<String> STATUSES = List.of("PRESENT", "PRESENT", "PRESENT", "EXCUSED", "ABSENT");

    private final Client client;
    private final Urls urls;
    private final Random random;
    private final Accepted accepted;
    private final Tally tally;
    private final LocalDate today = LocalDate.now(BERLIN);
    /** The members of each group entered before the jobs: the ones meetings invite and record. */
    private final Map<String, List<String>> members = new LinkedHashMap<>();
    private final List<String> setUpPartners = new ArrayList<>();
    private final List<Runnable> jobs = new ArrayList<>();

    Workload(Client client, Urls urls, long seed, Accepted accepted, Tally tally) {
        this.client = client;
        this.urls = urls;
        this.random = new Random(seed);
        this.accepted = accepted;
        this.tally = tally;
    }

    /** Groups, partners and their memberships, one request after the other; answers how many memberships. */
    int setUp(int partners) {
        for (String theme : List.of("Arbeit", "Wohnen", "Freizeit", "Bildung")) {
            client.create(urls.partners("/groups"), Json.object("kind", "WORKING", "name", "AG " + theme, "theme", theme))
                    .ifPresent(id -> {
                        members.put(id, Collections.synchronizedList(new ArrayList<>()));
                        accepted.groups.add(id);
                    });
        }
        List<String> groups = new ArrayList<>(members.keySet());
        for (int i = 0; i < partners; i++) {
            Optional<String> partner = register(i);
            if (partner.isEmpty()) {
                continue;
            }
            setUpPartners.add(partner.get());
            Collections.shuffle(groups, random);
            for (String group : groups.subList(0, 1 + random.nextInt(2))) {
                join(group, partner.get());
                members.get(group).add(partner.get());
            }
        }
        return accepted.memberships.size();
    }

    /**
     * The jobs of the run, in the seed's order: about {@code events} events in all, by what each job publishes with
     * groups of the size set up — a past meeting its scheduling, an invitation and an attendance per member (a few
     * corrected); a coming one its scheduling, an invitation per member and answers from half of them; a task its
     * creation and assignment and mostly its completion; a new partner the registration and one membership.
     */
    int plan(int events) {
        double groupSize = members.values().stream().mapToInt(List::size).average().orElse(1);
        addJobs(events * 0.35 / (1 + 2.2 * groupSize), this::pastMeeting);
        addJobs(events * 0.35 / (1 + 1.5 * groupSize), this::comingMeeting);
        addJobs(events * 0.25 / 2.5, this::task);
        addJobs(events * 0.05 / 2, this::newPartner);
        Collections.shuffle(jobs, random);
        return jobs.size();
    }

    private void addJobs(double count, Runnable job) {
        for (int i = 0; i < Math.max(1, Math.round(count)); i++) {
            jobs.add(job);
        }
    }

    /** Runs the jobs on {@link #COORDINATORS} threads; returns when all are done (or one failed: rethrown). */
    void run() throws Exception {
        LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>(jobs);
        ExecutorService coordinators = Executors.newFixedThreadPool(COORDINATORS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < COORDINATORS; i++) {
                running.add(coordinators.submit(() -> {
                    for (Runnable job = queue.poll(); job != null; job = queue.poll()) {
                        job.run();
                        tally.countJobDone();
                    }
                }));
            }
            for (Future<?> coordinator : running) {
                coordinator.get();
            }
        } finally {
            coordinators.shutdownNow();
            coordinators.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    int jobs() {
        return jobs.size();
    }

    // --- the jobs; each draws its random choices from its own generator, seeded when the job starts ---

    private Optional<String> register(int number) {
        Optional<String> partner = client.create(urls.partners("/partners"), Json.object("kind", "ORGANISATION",
                "sector", "SOCIAL_SERVICES", "name", "Fehlertest-Partner " + number + " " + Long.toHexString(random.nextLong()),
                "contactConsent", true));
        partner.ifPresent(accepted.partners::add);
        return partner;
    }

    private void join(String group, String partner) {
        client.idempotent("PUT", urls.partners("/groups/" + group + "/members/" + partner), Json.object("role", "MEMBER",
                "joinedOn", today.minusDays(200).toString(), "introductoryTalkDone", true));
        accepted.memberships.add(group + "/" + partner);
    }

    private void newPartner() {
        Random choice = choice();
        register(1000 + choice.nextInt(1_000_000)).ifPresent(partner -> {
            List<String> groups = new ArrayList<>(members.keySet());
            join(groups.get(choice.nextInt(groups.size())), partner);
        });
    }

    private void pastMeeting() {
        Random choice = choice();
        String group = group(choice);
        OffsetDateTime start = today.minusDays(1 + choice.nextInt(150)).atTime(LocalTime.of(18, 0)).atZone(BERLIN).toOffsetDateTime();
        schedule(group, start).ifPresent(meeting -> {
            invite(meeting);
            Map<String, String> statuses = new LinkedHashMap<>();
            for (String partner : members.get(group)) {
                statuses.put(partner, STATUSES.get(choice.nextInt(STATUSES.size())));
            }
            recordAttendance(meeting, statuses);
            if (choice.nextInt(10) < 3) {
                List<String> partners = new ArrayList<>(statuses.keySet());
                for (int i = 0; i < 1 + choice.nextInt(3) && !partners.isEmpty(); i++) {
                    String partner = partners.get(choice.nextInt(partners.size()));
                    statuses.put(partner, statuses.get(partner).equals("PRESENT") ? "ABSENT" : "PRESENT");
                }
                recordAttendance(meeting, statuses);
            }
        });
    }

    private void comingMeeting() {
        Random choice = choice();
        String group = group(choice);
        OffsetDateTime start = today.plusDays(3 + choice.nextInt(60)).atTime(LocalTime.of(18, 0)).atZone(BERLIN).toOffsetDateTime();
        schedule(group, start).ifPresent(meeting -> {
            invite(meeting);
            for (String partner : members.get(group)) {
                if (choice.nextBoolean()) {
                    String answer = choice.nextInt(4) == 0 ? "DECLINED" : "ACCEPTED";
                    client.idempotent("PUT", urls.meetings("/" + meeting + "/responses/" + partner), Json.object("answer", answer));
                    accepted.responses.put(meeting + "/" + partner, answer);
                }
            }
        });
    }

    private void task() {
        Random choice = choice();
        String group = group(choice);
        List<String> candidates = members.get(group);
        String assignee = candidates.get(choice.nextInt(candidates.size()));
        LocalDate due = today.plusDays(choice.nextInt(60) - 40);
        Map<String, Object> body = Json.object("title", "Aufgabe " + Long.toHexString(choice.nextLong()), "groupId", group,
                "assigneeId", assignee, "size", "S", "dueDate", due.toString());
        boolean enteredDone = choice.nextBoolean() && due.isBefore(today);
        if (enteredDone) {
            body.put("assignedAt", due.minusDays(20).atTime(9, 0).atZone(BERLIN).toOffsetDateTime().toString());
            body.put("status", "DONE");
            LocalDate completed = due.plusDays(choice.nextInt(10) - 5);
            body.put("completedOn", (completed.isAfter(today) ? today : completed).toString());
        }
        client.create(urls.tasks(""), body).ifPresent(task -> {
            accepted.tasks.put(task, assignee + " " + (enteredDone ? "DONE" : "OPEN"));
            if (!enteredDone && choice.nextInt(3) > 0) {
                String url = urls.tasks("/" + task);
                client.change("PATCH", url, url, current -> "DONE".equals(((Map<?, ?>) current).get("status")),
                        current -> Json.object("status", "DONE"));
                accepted.tasks.put(task, assignee + " DONE");
            }
        });
    }

    private Optional<String> schedule(String group, OffsetDateTime start) {
        Optional<String> meeting = client.create(urls.meetings(""), Json.object("groupId", group, "title", "Treffen",
                "startsAt", start.toString(), "endsAt", start.plusHours(2).toString()));
        meeting.ifPresent(accepted.meetings::add);
        return meeting;
    }

    private void invite(String meeting) {
        client.idempotent("POST", urls.meetings("/" + meeting + "/invitations"), Map.of());
    }

    private void recordAttendance(String meeting, Map<String, String> statuses) {
        String url = urls.meetings("/" + meeting + "/attendance");
        List<Object> entries = new ArrayList<>();
        statuses.forEach((partner, status) -> entries.add(Json.object("partnerId", partner, "status", status)));
        client.change("PUT", url, url, current -> holds((Map<?, ?>) current, statuses), current -> Json.object("entries", entries));
        statuses.forEach((partner, status) -> accepted.attendance.put(meeting + "/" + partner, status));
    }

    private static boolean holds(Map<?, ?> sheet, Map<String, String> statuses) {
        Map<String, String> recorded = new LinkedHashMap<>();
        for (Object entry : (List<?>) sheet.get("entries")) {
            recorded.put((String) ((Map<?, ?>) entry).get("partnerId"), (String) ((Map<?, ?>) entry).get("status"));
        }
        return statuses.entrySet().stream().allMatch(entry -> entry.getValue().equals(recorded.get(entry.getKey())));
    }

    private String group(Random choice) {
        List<String> groups = members.entrySet().stream().filter(entry -> !entry.getValue().isEmpty()).map(Map.Entry::getKey).toList();
        return groups.get(choice.nextInt(groups.size()));
    }

    /** A generator of its own for each job, as the jobs run on several threads at once. */
    private Random choice() {
        synchronized (random) {
            return new Random(random.nextLong());
        }
    }
}
