package org.crewtraining.hostile;

import static org.assertj.core.api.Assertions.assertThat;
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
 * Random and boundary payloads against the write endpoints of the real services: never a 5xx, never
 * a partial write, never an event for a rejected request.
 */
class WriteEndpointPropertyTest {

  private static final String JSON = "application/json";
  private static Services services;
  private static String programId;

  @BeforeContainer
  static void start() {
    services = Services.shared();
    Services.Response created =
        services.send("POST", services.programUrl + "/programs", validProgramme(), JSON);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    programId = created.body().replaceAll(".*\"programId\":\"([^\"]+)\".*", "$1");
  }

  @Property
  void creatingAProgrammeIsAllOrNothing(@ForAll("programmeBodies") String body) {
    long programmes = programmes();
    long events = programmeEvents();

    Services.Response response =
        services.send("POST", services.programUrl + "/programs", body, JSON);

    Statistics.collect(response.status());

    assertThat(response.status()).as(body + " → " + response.body()).isLessThan(500);
    long expectedChange = response.status() == 201 ? 1 : 0;
    assertThat(programmes()).as(body).isEqualTo(programmes + expectedChange);
    assertThat(programmeEvents()).as(body).isEqualTo(events + expectedChange);
  }

  @Property
  void changingCapacityIsAllOrNothing(@ForAll("capacityBodies") String body) {
    long events = programmeEvents();
    long version = version();

    Services.Response response =
        services.send(
            "PUT", services.programUrl + "/programs/" + programId + "/capacity", body, JSON);

    Statistics.collect(response.status());

    assertThat(response.status()).as(body + " → " + response.body()).isLessThan(500);
    if (response.status() >= 400) {
      assertThat(programmeEvents()).as(body).isEqualTo(events);
      assertThat(version()).as(body).isEqualTo(version);
    } else {
      assertThat(programmeEvents()).as(body).isBetween(events, events + 1);
    }
  }

  @Property
  void registeringAParticipantIsAllOrNothing(@ForAll("participantBodies") String body) {
    long participants = participants();
    long events = enrollmentEvents();

    Services.Response response =
        services.send("POST", services.enrollmentUrl + "/participants", body, JSON);

    Statistics.collect(response.status());

    assertThat(response.status()).as(body + " → " + response.body()).isLessThan(500);
    assertThat(participants())
        .as(body)
        .isEqualTo(participants + (response.status() == 201 ? 1 : 0));
    assertThat(enrollmentEvents()).as("registration publishes nothing").isEqualTo(events);
  }

  @Property
  void wrongContentTypeIsRefusedWithoutWrites(@ForAll("programmeBodies") String body) {
    long programmes = programmes();

    Services.Response response =
        services.send("POST", services.programUrl + "/programs", body, "text/plain");

    assertThat(response.status()).isEqualTo(415);
    assertThat(programmes()).isEqualTo(programmes);
  }

  @Provide
  Arbitrary<String> programmeBodies() {
    Arbitrary<LocalDate> dates =
        Arbitraries.integers().between(0, 1500).map(d -> LocalDate.of(2022, 1, 1).plusDays(d));
    return Payloads.bodies(
        List.of(
            field(
                "title", Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(200), longText()),
            field(
                "partners",
                Arbitraries.of(List.of("Netflix", "KOCCA"), List.of("KOFIC")),
                Arbitraries.of(List.of(), List.of(""), java.util.Collections.nCopies(11, "x"))),
            field(
                "format",
                Arbitraries.of(
                    "SHORT_COURSE", "INTERNSHIP", "SEMINAR", "NETWORKING_EVENT", "WORKSHOP"),
                Arbitraries.of("short_course", "", "COURSE")),
            field("track", Arbitraries.of("PRODUCTION", "VFX", "SOUND"), Arbitraries.of("", "vfx")),
            field(
                "audience",
                Arbitraries.of("INDUSTRY_WORKER", "UNIVERSITY_STUDENT", "OPEN"),
                Arbitraries.of("UNKNOWN", "EVERYONE")),
            field(
                "capacity",
                Arbitraries.integers().between(1, 10_000),
                Arbitraries.of(0, -1, 10_001, Integer.MAX_VALUE, Integer.MIN_VALUE)),
            field(
                "startDate", dates.map(LocalDate::toString), Arbitraries.of("2024-02-30", "soon")),
            field("endDate", dates.map(LocalDate::toString), Arbitraries.of("1999-12-31", "")),
            field(
                "deliveryMode",
                Arbitraries.of("IN_PERSON", "ONLINE", "HYBRID"),
                Arbitraries.of("", "REMOTE")),
            field(
                "cohortYear",
                Arbitraries.integers().between(2000, 2100),
                Arbitraries.of(1999, 2101, -2024)),
            field("plannedHours", Arbitraries.integers().between(1, 2000), Arbitraries.of(0, 2001)),
            field("location", Arbitraries.strings().ofMaxLength(200), longText()),
            field(
                "instructionLanguage",
                Arbitraries.of("ko", "en-US", "zh-Hant-TW"),
                Arbitraries.of("not a tag", "k", "x".repeat(36)))));
  }

  @Provide
  Arbitrary<String> capacityBodies() {
    return Payloads.bodies(
        List.of(
            field(
                "capacity",
                Arbitraries.integers().between(1, 10_000),
                Arbitraries.of(0, -5, 10_001, Integer.MAX_VALUE))));
  }

  @Provide
  Arbitrary<String> participantBodies() {
    return Payloads.bodies(
        List.of(
            field(
                "name", Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(200), longText()),
            field(
                "email",
                Arbitraries.strings().alpha().numeric().ofLength(16).map(s -> s + "@example.org"),
                Arbitraries.of(
                    "no-at-sign", "a@b", "@example.org", "x@" + "y".repeat(260) + ".org")),
            field(
                "organisation", Arbitraries.strings().ofMinLength(1).ofMaxLength(200), longText()),
            field(
                "participantType",
                Arbitraries.of("INDUSTRY_WORKER", "UNIVERSITY_STUDENT"),
                Arbitraries.of("STUDENT", "")),
            field("craft", Arbitraries.of("VFX", "SOUND", "EDITING"), Arbitraries.of("", "ACTING")),
            field(
                "consents",
                Arbitraries.of(
                    List.of(consent("TRAINING_ADMINISTRATION", "2026-01")),
                    List.of(
                        consent("TRAINING_ADMINISTRATION", "2026-01"),
                        consent("ALUMNI_NEWS", "2025-07"))),
                Arbitraries.of(
                    List.of(),
                    List.of(consent("ALUMNI_NEWS", "2026-01")),
                    List.of(
                        consent("TRAINING_ADMINISTRATION", "2026-01"),
                        consent("TRAINING_ADMINISTRATION", "2026-02")),
                    List.of(consent("TRAINING_ADMINISTRATION", "")),
                    List.of(consent("MARKETING", "2026-01"))))));
  }

  private static Map<String, String> consent(String purpose, String noticeVersion) {
    return Map.of("purpose", purpose, "noticeVersion", noticeVersion);
  }

  private static Arbitrary<String> longText() {
    return Arbitraries.of("", "   ", "x".repeat(201), "가".repeat(5_000));
  }

  private static String validProgramme() {
    return "{\"title\":\"Property target\",\"partners\":[\"KOCCA\"],\"format\":\"SEMINAR\","
        + "\"track\":\"SOUND\",\"audience\":\"OPEN\",\"capacity\":50,\"startDate\":\"2025-03-01\","
        + "\"endDate\":\"2025-03-02\",\"deliveryMode\":\"ONLINE\",\"cohortYear\":2025}";
  }

  private static long programmes() {
    return Services.count(services.programDb, "SELECT count(*) FROM program");
  }

  private static long programmeEvents() {
    return Services.count(services.programDb, "SELECT count(*) FROM outbox_event");
  }

  private static long version() {
    return Services.count(
        services.programDb, "SELECT version FROM program WHERE program_id = '" + programId + "'");
  }

  private static long participants() {
    return Services.count(services.enrollmentDb, "SELECT count(*) FROM participant");
  }

  private static long enrollmentEvents() {
    return Services.count(services.enrollmentDb, "SELECT count(*) FROM outbox_event");
  }
}
