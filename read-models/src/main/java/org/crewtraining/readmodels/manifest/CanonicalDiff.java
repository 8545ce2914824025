package org.crewtraining.readmodels.manifest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every difference between two reports in canonical form, by path: {@code
 * programs[programId=prg-1].figures.completed}. A list of rows that all carry one of the {@link
 * #ROW_KEYS} with unique values is compared row by row under that key, so a changed figure names
 * its row whatever the rows' order; any other list is compared by position ({@code [3]}).
 */
public final class CanonicalDiff {

  /** Fields that name a row, tried in this order. */
  static final List<String> ROW_KEYS =
      List.of(
          "programId",
          "sessionId",
          "applicationId",
          "enrollmentId",
          "participantId",
          "participantType",
          "craft",
          "key",
          "id");

  /**
   * One difference; a value is its canonical JSON, or "absent".
   *
   * @param expected what was derived (or the first report)
   * @param actual what the other report says
   */
  public record Difference(String path, String expected, String actual) {}

  private CanonicalDiff() {}

  /** The differences between two report objects or trees, in path order of the first. */
  public static List<Difference> of(Object expected, Object actual) {
    List<Difference> differences = new ArrayList<>();
    walk("", CanonicalJson.tree(expected), CanonicalJson.tree(actual), differences);
    return differences;
  }

  private static void walk(String path, Object e, Object a, List<Difference> out) {
    if (java.util.Objects.equals(e, a)) {
      return;
    }
    if (e instanceof Map<?, ?> em && a instanceof Map<?, ?> am) {
      TreeSet<String> names = new TreeSet<>();
      em.keySet().forEach(k -> names.add((String) k));
      am.keySet().forEach(k -> names.add((String) k));
      for (String name : names) {
        walk(path.isEmpty() ? name : path + "." + name, em.get(name), am.get(name), out);
      }
    } else if (e instanceof List<?> el && a instanceof List<?> al) {
      String key = rowKey(el, al);
      if (key == null) {
        for (int i = 0; i < Math.max(el.size(), al.size()); i++) {
          walk(
              path + "[" + i + "]",
              i < el.size() ? el.get(i) : null,
              i < al.size() ? al.get(i) : null,
              out);
        }
      } else {
        Map<String, Object> er = byKey(el, key);
        Map<String, Object> ar = byKey(al, key);
        Set<String> ids = new java.util.LinkedHashSet<>(er.keySet());
        ids.addAll(ar.keySet());
        for (String id : ids) {
          walk(path + "[" + key + "=" + id + "]", er.get(id), ar.get(id), out);
        }
      }
    } else {
      out.add(new Difference(path, text(e), text(a)));
    }
  }

  private static String rowKey(List<?> expected, List<?> actual) {
    for (String key : ROW_KEYS) {
      if (unique(expected, key) && unique(actual, key)) {
        return key;
      }
    }
    return null;
  }

  private static boolean unique(List<?> rows, String key) {
    Set<Object> seen = new HashSet<>();
    for (Object row : rows) {
      if (!(row instanceof Map<?, ?> map)
          || map.get(key) == null
          || map.get(key) instanceof Map
          || map.get(key) instanceof List
          || !seen.add(map.get(key))) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, Object> byKey(List<?> rows, String key) {
    Map<String, Object> map = new LinkedHashMap<>();
    rows.forEach(row -> map.put(String.valueOf(((Map<?, ?>) row).get(key)), row));
    return map;
  }

  private static String text(Object tree) {
    if (tree == null) {
      return "absent";
    }
    StringBuilder out = new StringBuilder();
    CanonicalJson.write(out, tree);
    return out.toString();
  }
}
