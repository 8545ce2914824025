package org.crewtraining.program.session;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.crewtraining.program.programme.Program;
import org.crewtraining.program.programme.ProgramStore;
import org.crewtraining.program.programme.VersionMismatchException;
import org.crewtraining.support.web.ResourceNotFoundException;
import org.springframework.stereotype.Component;

/**
 * A session or rule change is a change of its programme: it locks the programme row (which orders
 * the programme's events, as its own changes do), honours If-Match on the programme's version and
 * moves that version on.
 */
@Component
class ProgramLocks {

  private final ProgramStore programs;
  private final Clock clock;

  ProgramLocks(ProgramStore programs, Clock clock) {
    this.programs = programs;
    this.clock = clock;
  }

  /** The programme, locked until the transaction ends, once its status allows {@code change}. */
  Program lock(String programId, Long expectedVersion, SessionChange change) {
    Program current =
        programs
            .lock(programId)
            .orElseThrow(() -> new ResourceNotFoundException("Programme", programId));
    if (expectedVersion != null && !Objects.equals(expectedVersion, current.version())) {
      throw new VersionMismatchException(programId, expectedVersion, current.version());
    }
    SessionRules.check(current.status(), change);
    return current;
  }

  /** The programme at its next version, written. */
  Program touch(Program current, Instant at) {
    Program changed = current.touched(at);
    programs.update(changed, current.version());
    return changed;
  }

  /** Millisecond precision: what the event metadata carries and what the database returns. */
  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
