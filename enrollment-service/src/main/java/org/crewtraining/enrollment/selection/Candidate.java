package org.crewtraining.enrollment.selection;

import java.time.Instant;
import java.util.Comparator;
import org.crewtraining.enrollment.participant.ParticipantType;
import org.crewtraining.events.common.CraftTrack;

/**
 * A shortlisted application as the selection sees it: who (for the quotas) and how good (for the
 * ranking); nothing personal.
 */
public record Candidate(
    String applicationId,
    ParticipantType participantType,
    CraftTrack craft,
    int score,
    Instant submittedAt) {

  /** Best first: higher score, then earlier submission, then applicationId (a stable last word). */
  public static final Comparator<Candidate> RANKING =
      Comparator.comparingInt(Candidate::score)
          .reversed()
          .thenComparing(Candidate::submittedAt)
          .thenComparing(Candidate::applicationId);
}
