package org.crewtraining.enrollment.participation;

import java.time.Instant;
import org.crewtraining.enrollment.participant.ParticipantType;
import org.crewtraining.events.common.CraftTrack;

/** A line of a programme's roster or waitlist, for the programme's coordinators. */
public record RosterEntry(
    String enrollmentId,
    String participantId,
    String name,
    String organisation,
    ParticipantType participantType,
    CraftTrack craft,
    EnrollmentStatus status,
    Integer waitlistPosition,
    int sessionsAttended,
    double hoursAttended,
    CompletionOutcome outcome,
    Instant enrolledAt) {}
