package org.crewtraining.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crewtraining.hostile.Fixtures.JSON;
import static org.crewtraining.hostile.Payloads.field;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
 * A DRAFT programme's admission with random payloads and If-Match / Idempotency-Key headers:
 * windows in and out of order and past the start, instants with sub-millisecond digits or without
 * an offset, unknown or repeated questions, quotas on both or neither dimension, repeated, above
 * the capacity or summing past it, offer validity at and beyond its limits. Never a 5xx; a refused
 * admission leaves the stored one and the programme's version as they were.
 */
class AdmissionPropertyTest {

  private static final int CAPACITY = 20;
  private static final OffsetDateTime NOW =
      OffsetDateTime.now(ZoneOffset.ofHours(9)).truncatedTo(ChronoUnit.SECONDS);

  private static Services services;
  private static Fixtures fixtures;

  @BeforeContainer
  static void start() {
    services = Services.shared();
    fixtures = new Fixtures(services);
  }

  @Property
  void settingTheAdmissionIsAllOrNothing(
      @ForAll("admissions") String body, @ForAll("commandHeaders") Map<String, String> headers) {
    String programId = fixtures.draftProgramme(LocalDate.now().plusDays(60), CAPACITY);
    String before = stored(programId);
    long version = version(programId);

    Services.Response response =
        services.send(
            "PUT",
            services.programUrl + "/programs/" + programId + "/admission",
            body,
            JSON,
            headers);

    Statistics.collect(response.status());
    assertThat(response.status()).as(body + headers + " → " + response.body()).isLessThan(500);
    if (response.status() == 200) {
      assertThat(version(programId)).as(body).isEqualTo(version + 1);
    } else {
      assertThat(stored(programId)).as(body + " → " + response.body()).isEqualTo(before);
      assertThat(version(programId)).as(body).isEqualTo(version);
    }
  }

  @Provide
  Arbitrary<Map<String, String>> commandHeaders() {
    return Payloads.commandHeaders();
  }

  @Provide
  Arbitrary<String> admissions() {
    Map<String, Object> students =
        Map.of("participantType", "UNIVERSITY_STUDENT", "minSeats", 5, "maxSeats", 10);
    Map<String, Object> vfx = Map.of("craft", "VFX", "minSeats", 0, "maxSeats", 4);
    Arbitrary<Object> validQuotas =
        Arbitraries.of(List.of(), List.of(students), List.of(vfx), List.of(students, vfx));
    Arbitrary<Object> badQuotas =
        Arbitraries.of(
                Map.of(
                    "participantType",
                    "UNIVERSITY_STUDENT",
                    "craft",
                    "VFX",
                    "minSeats",
                    1,
                    "maxSeats",
                    2),
                Map.of("minSeats", 1, "maxSeats", 2),
                Map.of("participantType", "OTHER", "minSeats", 1, "maxSeats", 2),
                Map.of("craft", "VFX", "minSeats", 5, "maxSeats", 4),
                Map.of("craft", "VFX", "minSeats", -1, "maxSeats", 4),
                Map.of("craft", "VFX", "minSeats", 0, "maxSeats", CAPACITY + 1),
                Map.of(
                    "participantType",
                    "INDUSTRY_WORKER",
                    "minSeats",
                    CAPACITY,
                    "maxSeats",
                    CAPACITY),
                vfx)
            .map(bad -> (Object) List.of(students, bad));
    return Payloads.bodies(
        List.of(
            field(
                "mode",
                Arbitraries.of("APPLICATION"),
                Arbitraries.of("FIRST_COME", "application", "")),
            field(
                "applicationsOpenAt",
                Arbitraries.integers().between(-30, 10).map(d -> NOW.plusDays(d).toString()),
                Arbitraries.of(
                    NOW.toLocalDateTime().toString(),
                    NOW.plusNanos(1_500).toString(),
                    "2025-02-30T09:00:00+09:00",
                    NOW.toInstant().toString())),
            field(
                "applicationsCloseAt",
                Arbitraries.integers().between(11, 59).map(d -> NOW.plusDays(d).toString()),
                Arbitraries.of(
                    NOW.plusDays(60).toString(),
                    NOW.plusDays(70).toString(),
                    NOW.minusDays(40).toString(),
                    NOW.plusDays(20).plusNanos(999).toString(),
                    "tomorrow")),
            field(
                "questions",
                Arbitraries.of(List.of("MOTIVATION", "PORTFOLIO_LINK"), List.of()),
                Arbitraries.of(
                    List.of("MOTIVATION", "MOTIVATION"), List.of("UNSPECIFIED"), List.of("WHY"))),
            field("quotas", validQuotas, Arbitraries.oneOf(badQuotas, Arbitraries.of("quota", 3))),
            field(
                "offerValidityHours",
                Arbitraries.integers().between(1, 720),
                Arbitraries.of(0, 721, -1, 72.5, "72"))));
  }

  private static String stored(String programId) {
    return Services.row(
            services.programDb,
            "SELECT coalesce((SELECT md5(a::text) FROM program_admission a WHERE program_id = '"
                + programId
                + "'), '') || ':' || (SELECT count(*) FROM program_admission_quota WHERE program_id = '"
                + programId
                + "')")
        .get(0);
  }

  private static long version(String programId) {
    return Services.count(
        services.programDb, "SELECT version FROM program WHERE program_id = '" + programId + "'");
  }
}
