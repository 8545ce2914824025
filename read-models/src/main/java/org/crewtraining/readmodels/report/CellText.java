package org.crewtraining.readmodels.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The one text of a cell value, shared by every rendering (canonical CSV, downloads, XLSX read
 * back): null is empty; integers in decimal digits; other numbers as plain decimals with no
 * exponent and no trailing zeros ({@code 0.875}, {@code 12}, {@code 0}), a double rounded to 15
 * significant digits ({@link #decimal}); instants ISO-8601 in UTC ({@code 2024-12-31T23:59:59Z},
 * fractions only as needed); dates and times ISO-8601 ({@code 2024-03-04}, {@code 09:30}); enums
 * their name; booleans {@code true} / {@code false}; a list its elements' texts joined by {@code ;}
 * in its order.
 */
public final class CellText {

  private static final MathContext SIGNIFICANT = new MathContext(15, RoundingMode.HALF_EVEN);

  private CellText() {}

  public static String of(Object value) {
    if (value == null) {
      return "";
    } else if (value instanceof String s) {
      return s;
    } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
      return value.toString();
    } else if (value instanceof BigInteger n) {
      return n.toString();
    } else if (value instanceof BigDecimal n) {
      return plain(n);
    } else if (value instanceof Double d) {
      return decimal(d);
    } else if (value instanceof Float f) {
      return decimal(f.doubleValue());
    } else if (value instanceof Instant i) {
      return DateTimeFormatter.ISO_INSTANT.format(i);
    } else if (value instanceof TemporalAccessor t) {
      return t.toString();
    } else if (value instanceof Enum<?> e) {
      return e.name();
    } else if (value instanceof Collection<?> c) {
      return c.stream().map(CellText::of).collect(Collectors.joining(";"));
    }
    return value.toString(); // Boolean: true / false
  }

  /**
   * A double as a plain decimal: its exact binary value rounded to 15 significant digits (every
   * decimal of up to 15 digits, as every rounded figure of a report, comes back as written), so the
   * text does not depend on the JDK's {@code Double.toString}, which changed in Java 19. NaN and
   * infinities (never in a report) by their names.
   */
  public static String decimal(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return Double.toString(d);
    }
    return plain(new BigDecimal(d).round(SIGNIFICANT));
  }

  private static String plain(BigDecimal n) {
    return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
  }
}
