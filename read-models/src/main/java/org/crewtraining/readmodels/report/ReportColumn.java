package org.crewtraining.readmodels.report;

import java.util.function.Function;

/**
 * One column of a {@link ReportTable}: a stable key (the canonical CSV's header, never translated),
 * its English and Korean headers for people, and how a row gives its value (a number, text, date,
 * instant, enum, boolean, list or null; {@link CellText} says how each is written).
 */
public record ReportColumn<T>(
    String key, String english, String korean, Function<? super T, ?> value) {

  /** The header in the given language. */
  public String header(HeaderLanguage language) {
    return switch (language) {
      case KEYS -> key;
      case EN -> english;
      case KO -> korean;
    };
  }

  /** The row's value in this column, as it is (null for an empty cell). */
  public Object valueOf(T row) {
    return value.apply(row);
  }
}
