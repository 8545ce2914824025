package org.crewtraining.program.admission;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.crewtraining.program.programme.Program;
import org.crewtraining.program.programme.ProgramStore;
import org.crewtraining.program.programme.VersionMismatchException;
import org.crewtraining.support.web.ResourceNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets a DRAFT programme's admission. No event: the admission travels, frozen, in ProgramPublished.
 * It is a change of the programme all the same: it locks the programme row (so capacity and
 * schedule changes, which check the quotas and the window, see it), honours If-Match and moves the
 * programme's version.
 */
@Service
@Transactional
public class AdmissionCommands {

  private final ProgramStore programs;
  private final AdmissionStore admissions;
  private final Clock clock;

  public AdmissionCommands(ProgramStore programs, AdmissionStore admissions, Clock clock) {
    this.programs = programs;
    this.admissions = admissions;
    this.clock = clock;
  }

  /** The admission the programme has already is a no-op: the same version, nothing written. */
  public AdmissionAnswer set(String programId, SetAdmission request, Long expectedVersion) {
    Program current =
        programs
            .lock(programId)
            .orElseThrow(() -> new ResourceNotFoundException("Programme", programId));
    if (expectedVersion != null && !Objects.equals(expectedVersion, current.version())) {
      throw new VersionMismatchException(programId, expectedVersion, current.version());
    }
    AdmissionRules.checkSetting(current.status());
    Optional<AdmissionByApplication> wanted =
        AdmissionCheck.admissionOf(request, current.capacity(), current.dates().startDate());
    Optional<AdmissionByApplication> before = admissions.find(programId);
    if (before.equals(wanted) && current.admissionMode() == request.mode()) {
      return new AdmissionAnswer(AdmissionView.of(before.orElse(null)), current.version());
    }
    Program changed =
        current.withAdmissionMode(request.mode(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
    programs.update(changed, current.version());
    wanted.ifPresentOrElse(
        admission -> admissions.save(programId, admission), () -> admissions.delete(programId));
    return new AdmissionAnswer(AdmissionView.of(wanted.orElse(null)), changed.version());
  }
}
