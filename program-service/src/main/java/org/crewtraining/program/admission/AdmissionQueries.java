package org.crewtraining.program.admission;

import org.crewtraining.program.programme.Program;
import org.crewtraining.program.programme.ProgramQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Reads a programme's admission and its version from one snapshot. */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class AdmissionQueries {

  private final ProgramQueries programs;
  private final AdmissionStore admissions;

  public AdmissionQueries(ProgramQueries programs, AdmissionStore admissions) {
    this.programs = programs;
    this.admissions = admissions;
  }

  public AdmissionAnswer get(String programId) {
    Program program = programs.get(programId);
    return new AdmissionAnswer(
        AdmissionView.of(admissions.find(programId).orElse(null)), program.version());
  }
}
