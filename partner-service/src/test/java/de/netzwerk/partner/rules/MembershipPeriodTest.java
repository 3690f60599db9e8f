package de.netzwerk.partner.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import de.netzwerk.partner.rules.MembershipPeriod.Problem;

class MembershipPeriodTest {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 15);

    @Test
    void aHistoryEnteredAfterTheFactMayEndTodayOrEarlier() {
        assertEquals(Optional.empty(), period("2026-01-01", "2026-06-30").problemOn(TODAY));
        assertEquals(Optional.empty(), period("2026-01-01", "2027-03-15").problemOn(TODAY));
        assertEquals(Optional.empty(), period("2027-03-15", null).problemOn(TODAY));
    }

    @Test
    void aDayOfOneMembershipIsEnough() {
        assertEquals(Optional.empty(), period("2026-05-01", "2026-05-01").problemOn(TODAY));
    }

    @Test
    void nobodyJoinsAheadOfToday() {
        assertEquals(Optional.of(Problem.JOINED_IN_FUTURE), period("2027-03-16", null).problemOn(TODAY));
        assertEquals("joinedOn", Problem.JOINED_IN_FUTURE.field);
    }

    @Test
    void nobodyLeavesBeforeJoining() {
        assertEquals(Optional.of(Problem.LEFT_BEFORE_JOINED), period("2026-05-02", "2026-05-01").problemOn(TODAY));
        assertEquals("leftOn", Problem.LEFT_BEFORE_JOINED.field);
    }

    @Test
    void aLeaveDayAheadIsNotHistoryYet() {
        assertEquals(Optional.of(Problem.LEFT_IN_FUTURE), period("2026-05-01", "2027-03-16").problemOn(TODAY));
    }

    @Test
    void theJoinDayIsJudgedFirst() {
        assertEquals(Optional.of(Problem.JOINED_IN_FUTURE), period("2027-04-01", "2027-03-20").problemOn(TODAY));
    }

    @Test
    void periodsSharingADayOverlapEitherWayRound() {
        MembershipPeriod spring = period("2026-03-01", "2026-06-01");
        MembershipPeriod may = period("2026-05-01", "2026-05-31");
        MembershipPeriod fromMay = period("2026-05-15", null);

        assertTrue(spring.overlaps(may));
        assertTrue(may.overlaps(spring));
        assertTrue(spring.overlaps(fromMay));
        assertTrue(fromMay.overlaps(spring));
    }

    @Test
    void leavingOnTheDayTheNextStartsIsNoOverlap() {
        MembershipPeriod first = period("2026-01-01", "2026-06-01");
        MembershipPeriod next = period("2026-06-01", null);

        assertFalse(first.overlaps(next));
        assertFalse(next.overlaps(first));
    }

    @Test
    void twoOpenMembershipsAlwaysOverlap() {
        assertTrue(period("2020-01-01", null).overlaps(period("2026-01-01", null)));
    }

    @Test
    void anEarlierClosedPeriodDoesNotOverlapALaterOne() {
        assertFalse(period("2024-01-01", "2024-12-31").overlaps(period("2025-01-01", null)));
    }

    private static MembershipPeriod period(String joinedOn, String leftOn) {
        return new MembershipPeriod(LocalDate.parse(joinedOn), leftOn == null ? null : LocalDate.parse(leftOn));
    }
}
