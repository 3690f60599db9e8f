package de.netzwerk.meeting;

public enum AttendanceStatus {
    /** Was there. */
    PRESENT,
    /** Could not come and said so: counts as commitment, not as drifting away. */
    EXCUSED,
    /** Did not come and did not say so. */
    ABSENT
}
