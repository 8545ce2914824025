package org.crewtraining.program.session;

import org.crewtraining.program.programme.Program;
import org.crewtraining.program.programme.ProgramQueries;
import org.crewtraining.support.web.ResourceNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Reads sessions; the list, its sums and the programme's version come from one snapshot. */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class SessionQueries {

  private final ProgramQueries programs;
  private final SessionStore sessions;

  public SessionQueries(ProgramQueries programs, SessionStore sessions) {
    this.programs = programs;
    this.sessions = sessions;
  }

  public SessionPlan plan(String programId) {
    Program program = programs.get(programId);
    return SessionPlan.of(programId, program.version(), sessions.list(programId));
  }

  public SessionResponse session(String programId, String sessionId) {
    Program program = programs.get(programId);
    Session session =
        sessions
            .find(programId, sessionId)
            .orElseThrow(() -> new ResourceNotFoundException("Session", sessionId));
    return new SessionResponse(programId, session, program.version());
  }
}
