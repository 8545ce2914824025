package org.crewtraining.support.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * The one range every date and instant of the API's input must lie in, whether it comes in a
 * request body, a path or a query parameter. Each bound is held exactly by every store a value can
 * reach: PostgreSQL {@code date} / {@code timestamptz} (microseconds, 4713 BC to 294276 AD) and
 * Avro {@code date} / {@code timestamp-millis}. Outside it PostgreSQL silently turns dates into
 * {@code ±infinity} or fails, and an event would then say something the database does not.
 *
 * <ul>
 *   <li>Calendar dates ({@link LocalDate}): 1900-01-01 to 2100-12-31, the span any programme,
 *       completion or cohort of this domain can have.
 *   <li>Instants ({@link Instant}, {@link OffsetDateTime}, {@link ZonedDateTime}):
 *       0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z, with at most millisecond precision: the
 *       platform's instants are Avro {@code timestamp-millis}, so a finer one would be truncated
 *       (or rounded by PostgreSQL) rather than kept.
 * </ul>
 */
public final class DateTimeRange {

  public static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
  public static final LocalDate LAST_DATE = LocalDate.of(2100, 12, 31);
  public static final Instant FIRST_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
  public static final Instant LAST_INSTANT = Instant.parse("9999-12-31T23:59:59.999Z");

  /** The types this range applies to. */
  public static final Set<Class<?>> TYPES =
      Set.of(LocalDate.class, Instant.class, OffsetDateTime.class, ZonedDateTime.class);

  private static final int NANOS_PER_MILLI = 1_000_000;

  private DateTimeRange() {}

  /** Why {@code value} is refused, or null when it is fine (or null, or not a date or instant). */
  public static String violation(Object value) {
    if (value instanceof LocalDate date) {
      return date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)
          ? "must be a date from " + FIRST_DATE + " to " + LAST_DATE
          : null;
    }
    Instant instant = null;
    if (value instanceof Instant i) {
      instant = i;
    } else if (value instanceof OffsetDateTime o) {
      instant = o.toInstant();
    } else if (value instanceof ZonedDateTime z) {
      instant = z.toInstant();
    }
    if (instant == null) {
      return null;
    }
    if (instant.isBefore(FIRST_INSTANT) || instant.isAfter(LAST_INSTANT)) {
      return "must be an instant from " + FIRST_INSTANT + " to " + LAST_INSTANT;
    }
    if (instant.getNano() % NANOS_PER_MILLI != 0) {
      return "must not be more precise than milliseconds";
    }
    return null;
  }

  /** {@code value} itself when it is in range, else an {@link InvalidValueException}. */
  public static <T> T check(T value) {
    String violation = violation(value);
    if (violation != null) {
      throw new InvalidValueException(violation);
    }
    return value;
  }
}
