package org.crewtraining.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crewtraining.hostile.Fixtures.JSON;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.crewtraining.support.testing.TestUser;

/**
 * The hostile-input campaign, class by class, against one running system (program-, enrollment- and
 * reporting-service on one broker and PostgreSQL), one property per class (and per part of a class)
 * so a failure names its class. Every request goes through {@link Campaign}: never a 5xx, a refusal
 * is problem+json and changes no row and writes no event. At the end {@link CampaignVerdict} prints
 * the per-class table, scans the bus, verifies and rebuilds.
 *
 * <p>No shrinking: jqwik bounds it in time by abandoning the shrinking thread, whose request then
 * lands in the middle of the next property's measurement; the first counterexample is reported.
 */
class HostileCampaignTest {

  private static final LocalDate BASE = LocalDate.of(2025, 6, 1);
  private static final Ledger LEDGER = new Ledger();
  private static final Secrets SECRETS = new Secrets();
  private static Services services;
  private static Fixtures fixtures;
  private static Targets targets;
  private static Campaign campaign;
  private static Contract contract;
  private static String scheduleTarget;
  private static String noOpTarget;
  private static String openProgramme;
  private static Targets.Participant knownParticipant;

  @BeforeContainer
  static void start() {
    services = Services.shared();
    fixtures = new Fixtures(services);
    targets = new Targets(fixtures, SECRETS);
    campaign = new Campaign(services, LEDGER);
    contract = Contract.of(services);
    scheduleTarget = targets.draft();
    noOpTarget = targets.draft();
    openProgramme = targets.published();
    knownParticipant = targets.enrolled(openProgramme).participant();
  }

  @AfterContainer
  static void verdict() throws Exception {
    new CampaignVerdict(services, LEDGER, SECRETS).deliver();
  }

  // 1. Dates and instants

  @Property(shrinking = ShrinkingMode.OFF)
  @Label("1 dates: programme dates outside 1900-01-01..2100-12-31 are refused, others kept exactly")
  void dates_inBodies(
      @ForAll("bodyDates") LocalDate date, @ForAll boolean endDate, @ForAll boolean viaSchedule) {
    String field = endDate ? "endDate" : "startDate";
    boolean inRange = DateAttacks.inRange(date);
    LocalDate other = !inRange ? BASE : endDate ? min(date, BASE) : max(date, BASE);
    LocalDate start = endDate ? other : date;
    LocalDate end = endDate ? date : other;
    String what = (viaSchedule ? "schedule " : "create ") + field + "=" + date;
    Services.Response answer =
        campaign.attempt(
            AttackClass.DATES,
            what,
            () ->
                viaSchedule
                    ? services.send(
                        "PUT",
                        programme(scheduleTarget, "/schedule"),
                        contract.scheduleBody(start, end),
                        JSON)
                    : services.send(
                        "POST", services.programUrl + "/programs", programme(start, end), JSON));
    if (inRange) {
      assertThat(answer.status()).as(what + " → " + answer.describe()).isIn(200, 201);
      Services.Response stored =
          services.send("GET", programme(answer.text("programId"), ""), null, null);
      assertThat(stored.text(field)).as(what).isEqualTo(date.toString());
    } else {
      assertThat(answer.status()).as(what + " → " + answer.describe()).isEqualTo(400);
      assertThat(answer.body()).as(what).contains("\"field\":\"" + field + "\"");
    }
  }

  @Property(shrinking = ShrinkingMode.OFF)
  @Label("1 dates: query instants outside 0001-01-01T00:00:00Z..9999-12-31T23:59:59.999Z → 400")
  void dates_inQueries(
      @ForAll("queryInstants") Instant at, @ForAll DateAttacks.InstantParameter parameter) {
    String url =
        services.reportingUrl
            + parameter.path
            + "?programId="
            + scheduleTarget
            + "&"
            + parameter.name
            + "="
            + URLEncoder.encode(parameter.value(at), StandardCharsets.UTF_8);
    String what = parameter + "=" + at;
    Services.Response answer =
        campaign.attempt(AttackClass.DATES, what, () -> services.send("GET", url, null, null));
    if (DateAttacks.inRange(at)) {
      assertThat(answer.status()).as(what + " → " + answer.describe()).isEqualTo(200);
    } else {
      assertThat(answer.status()).as(what + " → " + answer.describe()).isEqualTo(400);
      assertThat(answer.body()).as(what).contains("\"field\":\"" + parameter.name + "\"");
    }
  }

  // 2. Commands that change nothing

  @Property(shrinking = ShrinkingMode.OFF)
  @Label("2 no-ops: an identical repeated schedule or capacity change keeps ETag, outbox, events")
  void noOps_identicalRepeats(
      @ForAll boolean schedule,
      @ForAll("scheduleStarts") LocalDate start,
      @ForAll @IntRange(min = 1, max = 10_000) int capacity,
      @ForAll @IntRange(min = 1, max = 3) int repeats) {
    String url = programme(noOpTarget, schedule ? "/schedule" : "/capacity");
    String body =
        schedule
            ? contract.scheduleBody(start, max(start, BASE))
            : "{\"capacity\":" + capacity + "}";
    String what = "PUT " + url + " " + body;
    Services.Response first =
        campaign.attempt(AttackClass.NO_OPS, what, () -> services.send("PUT", url, body, JSON));
    for (int i = 0; i < repeats; i++) {
      String again = "repeated " + what + " (first → " + first.status() + ")";
      if (first.status() >= 400) {
        // Refused once, refused again: and a refusal changes nothing.
        campaign.expectRefused(
            AttackClass.NO_OPS, again, () -> services.send("PUT", url, body, JSON), 400);
        continue;
      }
      Services.Response repeat =
          campaign.expectNoOp(
              AttackClass.NO_OPS, again, () -> services.send("PUT", url, body, JSON));
      assertThat(repeat.header("ETag")).as(again).isEqualTo(first.header("ETag"));
    }
  }

  // 3. NUL in query strings

  @Property(shrinking = ShrinkingMode.OFF)
  @Label("3 NUL: %00 in any query parameter name or value of a list/filter endpoint → 400")
  void nul_inQueryParameters(@ForAll("nulQueries") QueryAttacks.Query query) {
    campaign.expectRefused(
        AttackClass.NUL_IN_QUERIES,
        "GET " + query,
        () -> services.send("GET", query.url(), null, null),
        400);
  }

  // 4. Strict JSON

  @Property(shrinking = ShrinkingMode.OFF)
  @Label("4 strict JSON: coercions, lone surrogates, duplicate keys, unknown fields, weak If-Match")
  void strictJson_nothingCoercedOrRepaired(@ForAll("strictJson") StrictJsonAttacks.Attack attack) {
    String id =
        switch (attack.target()) {
          case NONE -> "";
          case DRAFT_PROGRAMME -> targets.draft();
          case CONFIRMED_ENROLLMENT -> targets.enrolled(openProgramme).enrollmentId();
        };
    String base = attack.service().equals("program") ? services.programUrl : services.enrollmentUrl;
    String url = base + attack.path().replace("{id}", id);
    String body = attack.body().replace("{uuid}", UUID.randomUUID().toString());
    Map<String, String> headers = new LinkedHashMap<>();
    if (attack.ifMatch() != null) {
      long version =
          Long.parseLong(services.send("GET", programme(id, ""), null, null).text("version"));
      headers.put("If-Match", attack.ifMatch().replace("{version}", String.valueOf(version)));
    }
    Integer[] refusals = attack.ifMatch() == null ? new Integer[] {400} : new Integer[] {400, 412};
    campaign.expectRefused(
        AttackClass.STRICT_JSON,
        attack.toString(),
        () -> services.send(attack.method(), url, body, JSON, headers),
        refusals);
  }

  // 5. Reason codes

  @Property(shrinking = ShrinkingMode.OFF)
  @Label(
      "5 reason codes: codes and notes, never the old reason; no note or personal data on the bus")
  void reasonCodes_notesStayOffTheBus(
      @ForAll NoteAttacks.Command command,
      @ForAll NoteAttacks.Shape shape,
      @ForAll("notes") String template) {
    new ReasonCodeAttack(services, targets, campaign, contract, SECRETS)
        .run(command, shape, template);
  }

  // 6. CSRF

  @Property(shrinking = ShrinkingMode.OFF)
  @Label("6 CSRF: a form-like POST with valid Basic credentials → 415, nothing changed")
  void csrf_simpleRequestsAreRefused(
      @ForAll CsrfAttacks.FormTarget target, @ForAll CsrfAttacks.SimpleBody body) {
    new CsrfAttacks(services, targets, campaign, contract).formPost(target, body, openProgramme);
  }

  @Property(shrinking = ShrinkingMode.OFF)
  @Label("6 CSRF: no 401 asks the browser for Basic credentials")
  void csrf_noBasicChallenge(
      @ForAll CsrfAttacks.Probe probe, @ForAll CsrfAttacks.BadCredentials credentials) {
    new CsrfAttacks(services, targets, campaign, contract).unauthenticated(probe, credentials);
  }

  @Property(tries = 3, shrinking = ShrinkingMode.OFF)
  @Label("6 CSRF: login needs its CSRF token; the session cookie is SameSite")
  void csrf_loginForm(@ForAll("dashboardUsers") TestUser user) {
    new CsrfAttacks(services, targets, campaign, contract).login(user);
  }

  // 7. Idempotency keys

  @Property(shrinking = ShrinkingMode.OFF)
  @Label("7 idempotency: another caller's request with the same Idempotency-Key runs as its own")
  void idempotency_keysBelongToTheCaller(
      @ForAll("idempotencyKeys") String key, @ForAll boolean sameBody, @ForAll boolean enrolment) {
    new IdempotencyAttack(services, targets, campaign, openProgramme).run(key, sameBody, enrolment);
  }

  // 8. Container and framework errors

  @Property(shrinking = ShrinkingMode.OFF)
  @Label("8 errors: every container and framework error is problem+json")
  void containerErrors_areProblemJson(
      @ForAll("servicePaths") ContainerAttacks.Paths paths, @ForAll ContainerAttacks.Kind kind) {
    campaign.expectRefused(
        AttackClass.CONTAINER_ERRORS,
        kind + " on " + paths,
        () -> ContainerAttacks.send(paths, kind),
        kind.statuses);
  }

  @Provide
  Arbitrary<LocalDate> bodyDates() {
    return DateAttacks.bodyDates();
  }

  /** Mostly ordinary dates; a third of them the hostile ones, whose repeats were not no-ops. */
  @Provide
  Arbitrary<LocalDate> scheduleStarts() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(
            2, Arbitraries.integers().between(0, 400).map(d -> BASE.minusDays(200).plusDays(d))),
        net.jqwik.api.Tuple.of(1, DateAttacks.bodyDates()));
  }

  @Provide
  Arbitrary<Instant> queryInstants() {
    return DateAttacks.queryInstants();
  }

  @Provide
  Arbitrary<QueryAttacks.Query> nulQueries() {
    return QueryAttacks.queries(
        QueryAttacks.endpoints(services, openProgramme, knownParticipant.id()));
  }

  @Provide
  Arbitrary<StrictJsonAttacks.Attack> strictJson() {
    return StrictJsonAttacks.attacks();
  }

  @Provide
  Arbitrary<String> notes() {
    return NoteAttacks.notes();
  }

  @Provide
  Arbitrary<TestUser> dashboardUsers() {
    return Arbitraries.of(TestUser.VIEWER, TestUser.AUDITOR, TestUser.OPERATOR);
  }

  @Provide
  Arbitrary<String> idempotencyKeys() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withCharRange('0', '9')
        .withChars('-', '_', '.', ':')
        .ofMinLength(1)
        // with the 9-character suffix, at most the 200 characters a key may have
        .ofMaxLength(191)
        .map(key -> key + "-" + UUID.randomUUID().toString().substring(0, 8));
  }

  @Provide
  Arbitrary<ContainerAttacks.Paths> servicePaths() {
    return Arbitraries.of(
        List.of(
            new ContainerAttacks.Paths(
                "program-service",
                services.programUrl,
                "/programs",
                "/programs/",
                "/programs",
                "PUT /programs/" + openProgramme + "/publish"),
            new ContainerAttacks.Paths(
                "enrollment-service",
                services.enrollmentUrl,
                "/participants/" + knownParticipant.id() + "/enrollments",
                "/participants/",
                "/participants",
                "DELETE /participants/" + knownParticipant.id() + "/enrollments"),
            new ContainerAttacks.Paths(
                "reporting-service",
                services.reportingUrl,
                "/api/programs",
                "/api/programs/",
                "/api/admin/verify",
                "PUT /api/admin/verify")));
  }

  private static String programme(String id, String action) {
    return services.programUrl + "/programs/" + id + action;
  }

  private static String programme(LocalDate start, LocalDate end) {
    return "{\"title\":\"Date target\",\"partners\":[\"KOCCA\"],\"format\":\"SEMINAR\","
        + "\"track\":\"SOUND\",\"audience\":\"OPEN\",\"capacity\":50,\"startDate\":\""
        + start
        + "\",\"endDate\":\""
        + end
        + "\",\"deliveryMode\":\"ONLINE\",\"cohortYear\":2025}";
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
