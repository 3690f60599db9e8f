package de.netzwerk.task.ranking;

import de.netzwerk.task.ranking.AssigneeRanking.Band;
import de.netzwerk.task.ranking.AssigneeRanking.Candidate;
import de.netzwerk.task.ranking.AssigneeRanking.Engagement;
import de.netzwerk.task.ranking.AssigneeRanking.Suggestion;
import de.netzwerk.task.ranking.AssigneeRanking.Work;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AssigneeRankingTest {

    private static final Work FLYER = new Work(List.of("grafik", "leichte sprache"), "Flyer für den Aktionstag",
            "Zwei Seiten, Druck bis Mitte Dezember");

    @Test
    void anExpertiseThatIsATagOfTheTaskCountsMoreThanOneNamedInItsText() {
        Candidate designer = candidate("grafik");
        Candidate printer = candidate("druck");

        List<Suggestion> ranked = AssigneeRanking.rank(FLYER, List.of(printer, designer));

        assertEquals(List.of(designer.partnerId(), printer.partnerId()), ids(ranked));
        assertEquals(3.0, ranked.get(0).score());
        assertEquals(2.0, ranked.get(1).score());
        assertEquals(List.of("expertise 'grafik' is a tag of the task", "no open tasks"), ranked.get(0).reasons());
        assertEquals(List.of("expertise 'druck' is named in the task", "no open tasks"), ranked.get(1).reasons());
    }

    @Test
    void everyMatchingExpertiseAddsUp() {
        Suggestion both = AssigneeRanking.rank(FLYER, List.of(candidate("grafik", "leichte sprache", "aktionstag")))
                .getFirst();

        assertEquals(8.0, both.score());
        assertEquals(List.of("grafik", "leichte sprache", "aktionstag"), both.matchedExpertise());
    }

    @Test
    void anExpertiseMatchesTheTextOnlyAsWholeWords() {
        Work work = new Work(List.of(), "Druckerei anrufen", null);

        Suggestion printer = AssigneeRanking.rank(work, List.of(candidate("druck"))).getFirst();

        assertEquals(0.0, printer.score());
        assertEquals(List.of(), printer.matchedExpertise());
        assertEquals(List.of("no expertise matches the task", "no open tasks"), printer.reasons());
    }

    @Test
    void aPhraseOfSeveralWordsMatchesTheTextAcrossPunctuationAndCase() {
        Work work = new Work(List.of(), "Text in LEICHTE, Sprache!", null);

        assertEquals(2.0, AssigneeRanking.rank(work, List.of(candidate("leichte sprache"))).getFirst().score());
    }

    @Test
    void eachOpenTaskCostsHalfAPoint() {
        Suggestion loaded = AssigneeRanking.rank(FLYER, List.of(candidate(5, null, "grafik"))).getFirst();

        assertEquals(0.5, loaded.score());
        assertEquals("5 open tasks", loaded.reasons().getLast());
        assertEquals("1 open task", AssigneeRanking.rank(FLYER, List.of(candidate(1, null))).getFirst().reasons().getLast());
    }

    @Test
    void theEngagementBandAddsOrTakesPointsAndSaysSo() {
        Candidate engaged = candidate(0, new Engagement(Band.ENGAGED, 80));
        Candidate unscored = candidate(0, null);
        Candidate watch = candidate(0, new Engagement(Band.WATCH, 40));
        Candidate atRisk = candidate(0, new Engagement(Band.AT_RISK, 10));

        List<Suggestion> ranked = AssigneeRanking.rank(FLYER, List.of(atRisk, watch, unscored, engaged));

        assertEquals(List.of(engaged.partnerId(), unscored.partnerId(), watch.partnerId(), atRisk.partnerId()), ids(ranked));
        assertEquals(List.of(1.0, 0.0, -1.0, -2.0), ranked.stream().map(Suggestion::score).toList());
        assertEquals("engaged (score 80)", ranked.get(0).reasons().getLast());
        assertEquals("at risk of drifting away (score 10): ask before adding work", ranked.get(3).reasons().getLast());
        assertEquals(Band.WATCH, ranked.get(2).band());
    }

    @Test
    void aPartnerWithoutABandIsNeitherFavouredNorHeldBack() {
        Suggestion unscored = AssigneeRanking.rank(FLYER, List.of(candidate(0, null, "grafik"))).getFirst();

        assertEquals(3.0, unscored.score());
        assertNull(unscored.band());
        assertEquals(List.of("expertise 'grafik' is a tag of the task", "no open tasks"), unscored.reasons());
    }

    @Test
    void anEqualScoreGoesToTheLighterLoad() {
        Candidate busyButEngaged = candidate(2, new Engagement(Band.ENGAGED, 90));  // -1 + 1 = 0
        Candidate idle = candidate(0, null);                                        // 0

        assertEquals(List.of(idle.partnerId(), busyButEngaged.partnerId()),
                ids(AssigneeRanking.rank(FLYER, List.of(busyButEngaged, idle))));
    }

    @Test
    void anEqualScoreAndLoadGoesToTheLowerPartnerIdSoPagesNeverShift() {
        Candidate first = new Candidate(UUID.fromString("00000000-0000-4000-8000-000000000001"), List.of(), 0, null);
        Candidate second = new Candidate(UUID.fromString("00000000-0000-4000-8000-000000000002"), List.of(), 0, null);

        assertEquals(List.of(first.partnerId(), second.partnerId()),
                ids(AssigneeRanking.rank(FLYER, List.of(second, first))));
    }

    @Test
    void noCandidatesRankNothing() {
        assertEquals(List.of(), AssigneeRanking.rank(FLYER, List.of()));
    }

    private static Candidate candidate(String... expertise) {
        return candidate(0, null, expertise);
    }

    private static Candidate candidate(long openTasks, Engagement engagement, String... expertise) {
        return new Candidate(UUID.randomUUID(), List.of(expertise), openTasks, engagement);
    }

    private static List<UUID> ids(List<Suggestion> ranked) {
        return ranked.stream().map(Suggestion::partnerId).toList();
    }
}
