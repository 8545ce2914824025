package org.crewtraining.hostile;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Base64;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Dates and instants from the whole range Java can parse, weighted towards the documented limits
 * and the values that corrupted the record: programme dates within 1900-01-01..2100-12-31, query
 * instants within 0001-01-01T00:00:00Z..9999-12-31T23:59:59.999Z.
 */
final class DateAttacks {

  static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
  static final LocalDate LAST_DATE = LocalDate.of(2100, 12, 31);
  static final Instant FIRST_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
  static final Instant LAST_INSTANT = Instant.parse("9999-12-31T23:59:59.999Z");

  /** Where a query instant goes: endpoint, parameter, and whether it travels inside a cursor. */
  enum InstantParameter {
    AUDIT_FROM("/api/audit/events", "from"),
    AUDIT_TO("/api/audit/events", "to"),
    AUDIT_CURSOR("/api/audit/events", "cursor"),
    EXPORT_FROM("/api/audit/export", "from"),
    EXPORT_TO("/api/audit/export", "to"),
    AS_OF("/api/reports/as-of", "at");

    final String path;
    final String name;

    InstantParameter(String path, String name) {
      this.path = path;
      this.name = name;
    }

    /** The parameter's value for {@code at}: the instant, or a cursor positioned at it. */
    String value(Instant at) {
      if (this != AUDIT_CURSOR) {
        return at.toString();
      }
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString((at + "|" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
    }
  }

  private DateAttacks() {}

  static boolean inRange(LocalDate date) {
    return !date.isBefore(FIRST_DATE) && !date.isAfter(LAST_DATE);
  }

  static boolean inRange(Instant instant) {
    return !instant.isBefore(FIRST_INSTANT) && !instant.isAfter(LAST_INSTANT);
  }

  static Arbitrary<LocalDate> bodyDates() {
    Arbitrary<LocalDate> known =
        Arbitraries.of(
                "-5000-01-01",
                "+999999999-12-31",
                "+5874898-01-01",
                "1899-12-31",
                "2101-01-01",
                "1900-01-01",
                "2100-12-31",
                "0000-01-01",
                "-999999999-01-01",
                "+10000-01-01",
                "9999-12-31",
                "-4713-11-24")
            .map(LocalDate::parse);
    return Arbitraries.frequencyOf(
        Tuple.of(3, known),
        Tuple.of(3, dateIn(Year.MIN_VALUE, Year.MAX_VALUE)),
        Tuple.of(2, Arbitraries.oneOf(dateIn(1880, 1910), dateIn(2090, 2120))),
        Tuple.of(2, dateIn(1900, 2100)));
  }

  static Arbitrary<Instant> queryInstants() {
    Arbitrary<Instant> known =
        Arbitraries.of(
                "+300000-01-01T00:00:00Z",
                "-4713-01-01T00:00:00Z",
                "-4713-11-24T00:00:00Z",
                "0000-12-31T23:59:59.999Z",
                "0001-01-01T00:00:00Z",
                "9999-12-31T23:59:59.999Z",
                "+10000-01-01T00:00:00Z",
                "+294277-01-01T00:00:00Z",
                "-1000000000-01-01T00:00:00Z",
                "+1000000000-12-31T23:59:59.999Z")
            .map(Instant::parse);
    Arbitrary<Instant> anywhere =
        Arbitraries.longs()
            .between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond())
            .map(Instant::ofEpochSecond);
    return Arbitraries.frequencyOf(
        Tuple.of(3, known),
        Tuple.of(3, anywhere),
        Tuple.of(2, Arbitraries.oneOf(instantIn(-5, 5), instantIn(9990, 10010))),
        Tuple.of(2, instantIn(2020, 2030)));
  }

  private static Arbitrary<LocalDate> dateIn(int fromYear, int toYear) {
    return Combinators.combine(
            Arbitraries.integers().between(fromYear, toYear),
            Arbitraries.integers().between(1, 365))
        .as(LocalDate::ofYearDay);
  }

  /** Instants of millisecond precision (what Avro timestamp-millis holds) in those years. */
  private static Arbitrary<Instant> instantIn(int fromYear, int toYear) {
    long from =
        LocalDate.of(fromYear, 1, 1)
            .atStartOfDay()
            .toInstant(java.time.ZoneOffset.UTC)
            .toEpochMilli();
    long to =
        LocalDate.of(toYear, 12, 31)
            .atStartOfDay()
            .toInstant(java.time.ZoneOffset.UTC)
            .toEpochMilli();
    return Arbitraries.longs().between(from, to).map(Instant::ofEpochMilli);
  }
}
