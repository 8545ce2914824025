package org.crewtraining.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crewtraining.support.testing.TestUser;

/**
 * What a hostile page can make a browser send: simple (form-like) POSTs that ride on cached Basic
 * credentials, requests that would make the browser ask for and cache them, and a login form
 * submitted from another site.
 */
final class CsrfAttacks {

  /** State-changing POSTs, each aimed at a target on which it would succeed if it were JSON. */
  enum FormTarget {
    CREATE_PROGRAMME,
    PUBLISH,
    CLOSE,
    CANCEL,
    REGISTER_PARTICIPANT,
    ENROL,
    WITHDRAW,
    RECORD_PROGRESS,
    APPLY,
    REVIEW,
    ACCEPT_OFFER,
    DECLINE_OFFER,
    GIVE_CONSENT,
    WITHDRAW_CONSENT,
    ERASE_PARTICIPANT,
    REBUILD
  }

  /** The bodies a cross-site form or a no-cors fetch can send without a preflight. */
  enum SimpleBody {
    FORM_URLENCODED("application/x-www-form-urlencoded", "reasonCode=OTHER&note=x"),
    TEXT_PLAIN("text/plain", null),
    MULTIPART(
        "multipart/form-data; boundary=xyz",
        "--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--xyz--\r\n"),
    NONE(null, null);

    final String contentType;
    final String body;

    SimpleBody(String contentType, String body) {
      this.contentType = contentType;
      this.body = body;
    }
  }

  /** A request of each service that needs credentials. */
  enum Probe {
    PROGRAM_LIST("program", "GET", "/programs"),
    PROGRAM_PUBLISH("program", "POST", "/programs/prg-x/publish"),
    PARTICIPANT("enrollment", "GET", "/participants/ptc-x"),
    ENROL("enrollment", "POST", "/programs/prg-x/enrollments"),
    READ_MODEL("reporting", "GET", "/api/programs"),
    AUDIT("reporting", "GET", "/api/audit/events"),
    REBUILD("reporting", "POST", "/api/admin/rebuilds");

    final String service;
    final String method;
    final String path;

    Probe(String service, String method, String path) {
      this.service = service;
      this.method = method;
      this.path = path;
    }
  }

  enum BadCredentials {
    NONE(null),
    WRONG_PASSWORD(TestUser.basic("admin", "not-the-password")),
    UNKNOWN_USER(TestUser.basic("mallory", "crew-mallory")),
    NOT_BASE64("Basic !!not-base64!!"),
    NO_COLON("Basic " + java.util.Base64.getEncoder().encodeToString("admin".getBytes())),
    GARBAGE_BEARER("Bearer not.a.token");

    final String authorization;

    BadCredentials(String authorization) {
      this.authorization = authorization;
    }
  }

  private static final Pattern CSRF_FIELD =
      Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

  private final Services services;
  private final Targets targets;
  private final Campaign campaign;
  private final Contract contract;

  CsrfAttacks(Services services, Targets targets, Campaign campaign, Contract contract) {
    this.services = services;
    this.targets = targets;
    this.campaign = campaign;
    this.contract = contract;
  }

  void formPost(FormTarget target, SimpleBody simple, String openProgramme) {
    String url;
    String json;
    switch (target) {
      case CREATE_PROGRAMME -> {
        url = services.programUrl + "/programs";
        json =
            "{\"title\":\"Forged\",\"partners\":[\"KOCCA\"],\"format\":\"SEMINAR\",\"track\":"
                + "\"SOUND\",\"audience\":\"OPEN\",\"capacity\":5,\"startDate\":\"2025-03-01\","
                + "\"endDate\":\"2025-03-02\",\"deliveryMode\":\"ONLINE\",\"cohortYear\":2025}";
      }
      case PUBLISH -> {
        url = services.programUrl + "/programs/" + targets.draft() + "/publish";
        json = "";
      }
      case CLOSE -> {
        url = services.programUrl + "/programs/" + targets.published() + "/close";
        json = "";
      }
      case CANCEL -> {
        url = services.programUrl + "/programs/" + targets.draft() + "/cancel";
        json = contract.cancelBody();
      }
      case REGISTER_PARTICIPANT -> {
        url = services.enrollmentUrl + "/participants";
        json =
            "{\"name\":\"Forged Kim\",\"email\":\"forged."
                + System.nanoTime()
                + "@example.org\",\"organisation\":\"Studio\","
                + "\"participantType\":\"INDUSTRY_WORKER\",\"craft\":\"SOUND\","
                + Fixtures.CONSENTS
                + "}";
      }
      case ENROL -> {
        url = services.enrollmentUrl + "/programs/" + openProgramme + "/enrollments";
        json = "{\"participantId\":\"" + targets.participant().id() + "\"}";
      }
      case WITHDRAW -> {
        url =
            services.enrollmentUrl
                + "/enrollments/"
                + targets.enrolled(openProgramme).enrollmentId()
                + "/withdrawal";
        json = "{}";
      }
      case RECORD_PROGRESS -> {
        url =
            services.enrollmentUrl
                + "/enrollments/"
                + targets.enrolled(openProgramme).enrollmentId()
                + "/progress";
        json = "{\"sessionsAttended\":1,\"hoursAttended\":2}";
      }
      case APPLY -> {
        url = services.enrollmentUrl + "/programs/" + targets.byApplication() + "/applications";
        json =
            "{\"participantId\":\""
                + targets.participant().id()
                + "\",\"answers\":{\"MOTIVATION\":\"Forged\","
                + "\"PORTFOLIO_LINK\":\"https://portfolio.example.org/f\"}}";
      }
      case REVIEW -> {
        url = services.enrollmentUrl + "/applications/" + targets.application() + "/review";
        json = "{\"decision\":\"REJECTED\",\"reasonCode\":\"OTHER\"}";
      }
      // the public answers need no credentials: the code is all a forged form would need
      case ACCEPT_OFFER, DECLINE_OFFER -> {
        Fixtures.Offer offer = targets.offer();
        url =
            services.enrollmentUrl
                + "/public/offers/"
                + offer.applicationId()
                + (target == FormTarget.ACCEPT_OFFER ? "/acceptance" : "/decline");
        json = "{\"offerCode\":\"" + offer.code() + "\"}";
      }
      case GIVE_CONSENT -> {
        url = services.enrollmentUrl + "/participants/" + targets.participant().id() + "/consents";
        json = "{\"purpose\":\"PARTNER_SHARING\",\"noticeVersion\":\"2026-01\"}";
      }
      case WITHDRAW_CONSENT -> {
        url =
            services.enrollmentUrl
                + "/participants/"
                + targets.participant().id()
                + "/consents/ALUMNI_NEWS/withdrawal";
        json = "{}";
      }
      // the one write nothing can undo: a forged form must never reach it
      case ERASE_PARTICIPANT -> {
        url = services.enrollmentUrl + "/participants/" + targets.participant().id() + "/erasure";
        json = "{\"reasonCode\":\"DATA_SUBJECT_REQUEST\"}";
      }
      case REBUILD -> {
        url = services.reportingUrl + "/api/admin/rebuilds";
        json = "";
      }
      default -> throw new IllegalArgumentException(target.name());
    }
    String body = simple == SimpleBody.TEXT_PLAIN ? json : simple.body;
    String what = "form-like POST " + url + " as " + simple;
    campaign.expectRefused(
        AttackClass.CSRF,
        what,
        () -> finishingRebuilds(services.send("POST", url, body, simple.contentType)),
        415);
  }

  void unauthenticated(Probe probe, BadCredentials credentials) {
    String base =
        switch (probe.service) {
          case "program" -> services.programUrl;
          case "enrollment" -> services.enrollmentUrl;
          default -> services.reportingUrl;
        };
    String what = probe + " with " + credentials;
    Services.Response answer =
        campaign.expectRefused(
            AttackClass.CSRF,
            what,
            () ->
                services.send(
                    credentials.authorization,
                    probe.method,
                    base + probe.path,
                    probe.method.equals("POST") ? "{}" : null,
                    probe.method.equals("POST") ? Fixtures.JSON : null,
                    Map.of("Accept", "application/json")),
            401);
    List<String> challenges = answer.headers().allValues("WWW-Authenticate");
    assertThat(challenges)
        .as(what + " → " + answer.describe())
        .noneMatch(c -> c.toLowerCase(Locale.ROOT).startsWith("basic"));
  }

  /**
   * A login posted from another site carries no CSRF token and must not sign anyone in; the form's
   * own login sets a session cookie with SameSite.
   */
  void login(TestUser user) {
    String form =
        "username="
            + URLEncoder.encode(user.username(), StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(user.password(), StandardCharsets.UTF_8);
    Services.Response forged =
        campaign.attempt(
            AttackClass.CSRF,
            "cross-site POST /login as " + user,
            () ->
                services.send(
                    null,
                    "POST",
                    services.reportingUrl + "/login",
                    form,
                    "application/x-www-form-urlencoded",
                    Map.of()));
    assertThat(forged.status()).as("cross-site login → " + forged.describe()).isBetween(400, 499);
    String forgedSession = sessionCookie(forged);
    if (forgedSession != null) {
      Services.Response ridden =
          services.send(
              null,
              "GET",
              services.reportingUrl + "/api/figures/overall",
              null,
              null,
              Map.of("Cookie", forgedSession, "Accept", "application/json"));
      assertThat(ridden.status()).as("the forged login's session signs nobody in").isEqualTo(401);
    }

    Services.Response page =
        campaign.attempt(
            AttackClass.CSRF,
            "GET /login",
            () ->
                services.send(
                    null,
                    "GET",
                    services.reportingUrl + "/login",
                    null,
                    null,
                    Map.of("Accept", "text/html")));
    Matcher token = CSRF_FIELD.matcher(page.body());
    assertThat(token.find()).as(page.body()).isTrue();
    String pageSession = sessionCookie(page);
    Services.Response signedIn =
        campaign.attempt(
            AttackClass.CSRF,
            "POST /login with the form's token as " + user,
            () ->
                services.send(
                    null,
                    "POST",
                    services.reportingUrl + "/login",
                    form + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8),
                    "application/x-www-form-urlencoded",
                    pageSession == null ? Map.of() : Map.of("Cookie", pageSession)));
    assertThat(signedIn.status()).as(signedIn.describe()).isEqualTo(302);
    assertThat(signedIn.header("Location")).doesNotContain("error");
    List<String> cookies = new java.util.ArrayList<>(page.headers().allValues("Set-Cookie"));
    cookies.addAll(signedIn.headers().allValues("Set-Cookie"));
    assertThat(cookies).as("session cookies").isNotEmpty();
    assertThat(cookies)
        .as("every cookie the login sets")
        .allMatch(c -> c.toLowerCase(Locale.ROOT).matches(".*;\\s*samesite=(lax|strict).*"));
  }

  private static String sessionCookie(Services.Response answer) {
    return answer.headers().allValues("Set-Cookie").stream()
        .map(c -> c.split(";", 2)[0])
        .filter(c -> c.startsWith("JSESSIONID=") || c.startsWith("SESSION="))
        .findFirst()
        .orElse(null);
  }

  /** An accepted rebuild runs to its end before the next request, so it is measured here. */
  private Services.Response finishingRebuilds(Services.Response answer) {
    if (answer.status() == 202 && answer.body().contains("\"phase\"")) {
      String id = answer.text("id");
      await()
          .atMost(Duration.ofSeconds(120))
          .until(
              () ->
                  !services
                      .send("GET", services.reportingUrl + "/api/admin/rebuilds/" + id, null, null)
                      .body()
                      .matches(".*\"phase\":\"(REPLAYING|CATCHING_UP|SWITCHING)\".*"));
    }
    return answer;
  }
}
