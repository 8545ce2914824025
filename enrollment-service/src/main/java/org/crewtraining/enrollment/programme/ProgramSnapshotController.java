package org.crewtraining.enrollment.programme;

import org.crewtraining.support.web.ResourceNotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Read-only: what this service currently believes about a programme. */
@RestController
class ProgramSnapshotController {

  private final ProgramSnapshotRepository programs;

  ProgramSnapshotController(ProgramSnapshotRepository programs) {
    this.programs = programs;
  }

  @GetMapping("/programs/{programId}")
  ProgramSnapshot get(@PathVariable String programId) {
    return programs
        .find(programId)
        .orElseThrow(() -> new ResourceNotFoundException("Program", programId));
  }
}
