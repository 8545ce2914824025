package org.crewtraining.reporting.query;

import java.util.List;

/** One page of a list endpoint; page numbers start at 0. */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

  public static <T> Page<T> of(List<T> items, int page, int size, long totalItems) {
    return new Page<>(items, page, size, totalItems, (int) ((totalItems + size - 1) / size));
  }

  /** Pages a small, fully loaded list (rollups have a handful of groups). */
  public static <T> Page<T> slice(List<T> all, int page, int size) {
    int from = (int) Math.min((long) page * size, all.size());
    int to = Math.min(from + size, all.size());
    return of(all.subList(from, to), page, size, all.size());
  }
}
