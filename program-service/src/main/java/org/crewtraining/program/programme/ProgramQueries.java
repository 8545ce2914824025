package org.crewtraining.program.programme;

import org.crewtraining.support.web.ResourceNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Reads programmes; a page and its total come from one snapshot. */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class ProgramQueries {

  private final ProgramStore store;

  public ProgramQueries(ProgramStore store) {
    this.store = store;
  }

  public Program get(String programId) {
    return store
        .find(programId)
        .orElseThrow(() -> new ResourceNotFoundException("Programme", programId));
  }

  public ProgramSlice list(ProgramFilter filter, int page, int size) {
    return store.search(filter, page, size);
  }
}
