package org.crewtraining.hostile;

import java.util.EnumMap;
import java.util.Map;

/**
 * What the campaign tried and what came back, per attack class: the figures the campaign prints at
 * the end and holds to zero where it must.
 */
final class Ledger {

  /** Figures of one class. "Must not change" = rejected (4xx) or a repeat that must be a no-op. */
  static final class Figures {
    long tried;
    long accepted;
    long problems4xx;
    long other4xx;
    long server5xx;
    long rowsChanged;
    long eventsWritten;
    long busLeaks;
  }

  private final Map<AttackClass, Figures> figures = new EnumMap<>(AttackClass.class);

  Ledger() {
    for (AttackClass c : AttackClass.values()) {
      figures.put(c, new Figures());
    }
  }

  synchronized void answered(AttackClass c, int status, boolean problemJson) {
    Figures f = figures.get(c);
    f.tried++;
    if (status >= 500) {
      f.server5xx++;
    } else if (status >= 400 && problemJson) {
      f.problems4xx++;
    } else if (status >= 400) {
      f.other4xx++;
    } else {
      f.accepted++;
    }
  }

  synchronized void unchangedExpected(AttackClass c, long rowsChanged, long eventsWritten) {
    figures.get(c).rowsChanged += rowsChanged;
    figures.get(c).eventsWritten += eventsWritten;
  }

  synchronized void busLeaks(AttackClass c, long leaks) {
    figures.get(c).busLeaks += leaks;
  }

  synchronized Figures of(AttackClass c) {
    return figures.get(c);
  }

  synchronized String table() {
    StringBuilder out = new StringBuilder();
    String format = "%-37s %7s %7s %8s %9s %5s %12s %14s %9s%n";
    out.append(
        String.format(
            format,
            "class",
            "tried",
            "2xx/3xx",
            "4xx p+j",
            "4xx other",
            "5xx",
            "rows changed",
            "events written",
            "bus leaks"));
    out.append(
        String.format(format, "", "", "", "", "", "(0)", "(rejected, 0)", "(rejected, 0)", "(0)"));
    for (AttackClass c : AttackClass.values()) {
      Figures f = figures.get(c);
      out.append(
          String.format(
              format,
              c.label,
              f.tried,
              f.accepted,
              f.problems4xx,
              f.other4xx,
              f.server5xx,
              f.rowsChanged,
              f.eventsWritten,
              f.busLeaks));
    }
    return out.toString();
  }
}
