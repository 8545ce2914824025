package org.crewtraining.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crewtraining.hostile.Fixtures.JSON;
import static org.crewtraining.hostile.Payloads.field;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Schedule changes, cancellations and the body-less transitions (publish, close) with random
 * payloads and random If-Match / Idempotency-Key headers: never a 5xx; the programme's version
 * moves exactly when an event is written, and a rejected request writes neither.
 */
class ProgrammeChangePropertyTest {

  private static Services services;
  private static Fixtures fixtures;
  private static String programId;

  @BeforeContainer
  static void start() {
    services = Services.shared();
    fixtures = new Fixtures(services);
    programId = fixtures.draftProgramme();
  }

  @Property
  void changingTheScheduleIsAllOrNothing(
      @ForAll("scheduleBodies") String body,
      @ForAll("commandHeaders") Map<String, String> headers) {
    long events = events();
    long version = version(programId);

    Services.Response response =
        services.send("PUT", url(programId, "/schedule"), body, JSON, headers);

    Statistics.collect(response.status());

    assertThat(response.status()).as(body + headers + " → " + response.body()).isLessThan(500);
    long written = events() - events;
    assertThat(written).as(body).isBetween(0L, response.status() == 200 ? 1L : 0L);
    assertThat(version(programId)).as(body).isEqualTo(version + written);
  }

  @Property
  void cancellingIsAllOrNothing(
      @ForAll("cancelBodies") String body, @ForAll("commandHeaders") Map<String, String> headers) {
    String target = fixtures.draftProgramme();
    long events = events();

    Services.Response response = services.send("POST", url(target, "/cancel"), body, JSON, headers);

    Statistics.collect(response.status());

    assertThat(response.status()).as(body + headers + " → " + response.body()).isLessThan(500);
    boolean accepted = response.status() == 200;
    assertThat(status(target)).as(body).isEqualTo(accepted ? "CANCELLED" : "DRAFT");
    assertThat(events()).as(body).isEqualTo(events + (accepted ? 1 : 0));
  }

  @Property
  void publishingAndClosingAreAllOrNothing(
      @ForAll("transitions") String action,
      @ForAll("anyBody") String body,
      @ForAll("commandHeaders") Map<String, String> headers) {
    String target = fixtures.draftProgramme();
    if ("/close".equals(action)) {
      assertThat(services.send("POST", url(target, "/publish"), "", JSON).status()).isEqualTo(200);
    }
    String before = status(target);
    long events = events();

    Services.Response response = services.send("POST", url(target, action), body, JSON, headers);

    Statistics.collect(response.status());

    assertThat(response.status()).as(action + headers + " → " + response.body()).isLessThan(500);
    boolean accepted = response.status() == 200;
    assertThat(status(target))
        .isEqualTo(accepted ? ("/close".equals(action) ? "CLOSED" : "PUBLISHED") : before);
    assertThat(events()).isEqualTo(events + (accepted ? 1 : 0));
  }

  @Provide
  Arbitrary<String> scheduleBodies() {
    Arbitrary<String> dates =
        Arbitraries.integers().between(-60, 400).map(d -> LocalDate.now().plusDays(d).toString());
    return Payloads.bodies(
        List.of(
            field("startDate", dates, Arbitraries.of("2024-02-30", "", "01/03/2025")),
            field("endDate", dates, Arbitraries.of("1999-12-31", "9999-99-99")),
            Payloads.reasonCode(
                "INSTRUCTOR_AVAILABILITY",
                "VENUE_AVAILABILITY",
                "PARTNER_REQUEST",
                "PRODUCTION_CALENDAR",
                "FORCE_MAJEURE",
                "OTHER"),
            field("note", Arbitraries.strings().ofMaxLength(500), longText()),
            field("reason", Payloads.absent(), Payloads.absent())));
  }

  @Provide
  Arbitrary<String> cancelBodies() {
    return Payloads.bodies(
        List.of(
            Payloads.reasonCode(
                "LOW_ENROLMENT",
                "INSTRUCTOR_UNAVAILABLE",
                "VENUE_UNAVAILABLE",
                "FUNDING_WITHDRAWN",
                "PARTNER_REQUEST",
                "FORCE_MAJEURE",
                "OTHER"),
            field("note", Arbitraries.strings().ofMaxLength(500), longText()),
            field("reason", Payloads.absent(), Payloads.absent())));
  }

  @Provide
  Arbitrary<String> transitions() {
    return Arbitraries.of("/publish", "/close");
  }

  @Provide
  Arbitrary<String> anyBody() {
    return Arbitraries.oneOf(Arbitraries.just(""), Payloads.bodies(List.of()));
  }

  /** No header, a plausible one, or junk; only characters HTTP allows in a header value. */
  @Provide
  Arbitrary<Map<String, String>> commandHeaders() {
    return Payloads.commandHeaders();
  }

  private static Arbitrary<String> longText() {
    return Arbitraries.of("", "   ", "x".repeat(501), "가".repeat(5_000));
  }

  private static String url(String program, String action) {
    return services.programUrl + "/programs/" + program + action;
  }

  private static String status(String program) {
    return Services.text(
        services.programDb, "SELECT status FROM program WHERE program_id = '" + program + "'");
  }

  private static long version(String program) {
    return Services.count(
        services.programDb, "SELECT version FROM program WHERE program_id = '" + program + "'");
  }

  private static long events() {
    return Services.count(services.programDb, "SELECT count(*) FROM outbox_event");
  }
}
