package org.crewtraining.program.session;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A programme's sessions, active and cancelled, in calendar order, and what the active ones add up
 * to. {@code plannedMinutes} is what attendance is measured against; the programme's {@code
 * plannedHours} is only the estimate given at creation.
 */
public record SessionPlan(
    String programId,
    @Schema(description = "The programme's version, also the ETag") long version,
    @Schema(description = "Sum of the active sessions' contactMinutes") int plannedMinutes,
    int activeSessions,
    List<Session> sessions) {

  static SessionPlan of(String programId, long version, List<Session> sessions) {
    List<Session> active = sessions.stream().filter(Session::active).toList();
    int minutes = active.stream().mapToInt(s -> s.slot().contactMinutes()).sum();
    return new SessionPlan(programId, version, minutes, active.size(), sessions);
  }
}
