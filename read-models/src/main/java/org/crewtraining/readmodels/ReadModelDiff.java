package org.crewtraining.readmodels;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Every difference between two versions of the read models, field by field: what a rebuild from the
 * log says (expected) against what is stored or served (actual). Empty means identical. A group of
 * fields (a record inside the row) is compared field by field, under the fields' own names.
 */
public final class ReadModelDiff {

  /** One differing field; field "*" means the whole row is missing on one side. */
  public record Difference(String model, String id, String field, String expected, String actual) {}

  private ReadModelDiff() {}

  /** Folded programme, enrollment and application rows. */
  public static List<Difference> of(ReportingState expected, ReportingState actual) {
    List<Difference> differences =
        new ArrayList<>(rows("program", expected.programs(), actual.programs()));
    differences.addAll(rows("enrollment", expected.enrollments(), actual.enrollments()));
    differences.addAll(rows("application", expected.applications(), actual.applications()));
    return differences;
  }

  /** Rows of one model by id, in id order. */
  public static List<Difference> rows(
      String model, Map<String, ? extends Record> expected, Map<String, ? extends Record> actual) {
    List<Difference> differences = new ArrayList<>();
    TreeSet<String> ids = new TreeSet<>(expected.keySet());
    ids.addAll(actual.keySet());
    for (String id : ids) {
      Record e = expected.get(id);
      Record a = actual.get(id);
      if (e == null || a == null) {
        differences.add(
            new Difference(
                model,
                id,
                "*",
                e == null ? "absent" : "present",
                a == null ? "absent" : "present"));
      } else if (!e.equals(a)) {
        differences.addAll(fields(model, id, e, a));
      }
    }
    return differences;
  }

  private static List<Difference> fields(String model, String id, Record expected, Record actual) {
    List<Difference> differences = new ArrayList<>();
    for (RecordComponent component : expected.getClass().getRecordComponents()) {
      Object e = value(component, expected);
      Object a = value(component, actual);
      if (e instanceof Record group && a instanceof Record other && !e.equals(a)) {
        differences.addAll(fields(model, id, group, other));
      } else if (!Objects.equals(e, a)) {
        differences.add(
            new Difference(model, id, component.getName(), String.valueOf(e), String.valueOf(a)));
      }
    }
    return differences;
  }

  private static Object value(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
