package org.crewtraining.program.programme;

import java.util.List;

/** One page of the programme list. */
public record ProgramPage(List<Program> items, PageInfo page) {

  /**
   * @param number zero-based page number
   * @param size requested page size
   * @param totalItems programmes matching the filters
   * @param totalPages pages of {@code size} needed for all of them
   */
  public record PageInfo(int number, int size, long totalItems, long totalPages) {}
}
