package org.crewtraining.hostile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the campaign sent that must never be on the bus: every free-text note and the name and
 * e-mail address of every participant it registered.
 */
final class Secrets {

  /** Shorter texts would be found by chance in unrelated bytes. */
  private static final int SHORTEST = 6;

  private final Set<String> needles = new LinkedHashSet<>();

  synchronized void add(String... texts) {
    needles.addAll(searchable(Arrays.asList(texts)));
  }

  /** The texts long enough to look for (a lone invisible character matches by chance). */
  static List<String> searchable(List<String> texts) {
    return texts.stream().filter(t -> t != null && t.strip().length() >= SHORTEST).toList();
  }

  synchronized List<String> needles() {
    return new ArrayList<>(needles);
  }

  synchronized int size() {
    return needles.size();
  }
}
