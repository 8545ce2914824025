package org.crewtraining.enrollment.programme;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.programs.Admission;
import org.crewtraining.events.programs.ApplicationQuestion;

/**
 * How a programme that selects by application admits, as frozen by its publication: the application
 * window [opensAt, closesAt), the questions every applicant answers, the quotas of the selection
 * and how long an offered seat stands.
 */
public record ProgramAdmission(
    String programId,
    Instant opensAt,
    Instant closesAt,
    List<ApplicationQuestion> questions,
    List<SeatQuota> quotas,
    Duration offerValidity) {

  public ProgramAdmission {
    questions = List.copyOf(questions);
    quotas = List.copyOf(quotas);
  }

  /** Whether an application made at this instant falls in the window. */
  public boolean acceptsApplicationsAt(Instant at) {
    return !at.isBefore(opensAt) && at.isBefore(closesAt);
  }

  static ProgramAdmission of(String programId, Admission published) {
    return new ProgramAdmission(
        programId,
        published.getApplicationsOpenAt(),
        published.getApplicationsCloseAt(),
        published.getQuestions(),
        published.getQuotas().stream()
            .map(
                q ->
                    new SeatQuota(
                        q.getParticipantType(), q.getCraft(), q.getMinSeats(), q.getMaxSeats()))
            .toList(),
        Duration.ofHours(published.getOfferValidityHours()));
  }

  /**
   * Seats reserved for (minSeats) and capped for (maxSeats) one participant type or one craft;
   * exactly one of the two is set.
   */
  public record SeatQuota(
      org.crewtraining.events.enrollments.ParticipantType participantType,
      CraftTrack craft,
      int minSeats,
      int maxSeats) {

    /** Whether an applicant of this type and craft counts toward the quota. */
    public boolean covers(
        org.crewtraining.enrollment.participant.ParticipantType type, CraftTrack applicantCraft) {
      return participantType != null
          ? participantType.name().equals(type.name())
          : craft == applicantCraft;
    }

    /** E.g. {@code participantType UNIVERSITY_STUDENT} or {@code craft VFX}, for explanations. */
    public String label() {
      return participantType != null ? "participantType " + participantType : "craft " + craft;
    }
  }
}
