package org.crewtraining.reporting.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crewtraining.reporting.IntegrationTestBase;
import org.crewtraining.support.testing.TestUser;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's browser side of access control, spoken in plain HTTP like a browser would: page
 * navigations are sent to the login form, the form gives a session cookie, the page's own fetches
 * ride on it, and a state-changing request on that session needs the CSRF token.
 */
class DashboardSessionTest extends IntegrationTestBase {

  private static final Pattern CSRF_FIELD =
      Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

  private final HttpClient browser =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @Test
  void anAnonymousPageNavigationGoesToTheLoginForm() throws Exception {
    HttpResponse<String> page = send(get("/dashboard").header("Accept", "text/html"));
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    HttpResponse<String> api = send(get("/api/programs").header("Accept", "application/json"));
    assertThat(api.statusCode()).isEqualTo(401);
    assertThat(api.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
  }

  @Test
  void aViewerSignsInOnceAndThePageAndItsFetchesUseTheSession() throws Exception {
    signIn(TestUser.VIEWER);
    assertThat(send(get("/dashboard").header("Accept", "text/html")).body())
        .contains("completion dashboard");
    assertThat(send(get("/api/figures/overall")).statusCode()).isEqualTo(200);
    HttpResponse<String> audit = send(get("/api/audit/events"));
    assertThat(audit.statusCode()).isEqualTo(403);
    assertThat(audit.body()).contains("\"code\":\"forbidden\"");
  }

  @Test
  void aWriteOnABrowserSessionNeedsTheCsrfToken() throws Exception {
    String token = signIn(TestUser.AUDITOR);
    HttpResponse<String> forged = send(jsonPost("/api/admin/verify"));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains("csrf-token-missing");
    HttpResponse<String> fromThePage =
        send(jsonPost("/api/admin/verify").header("X-CSRF-TOKEN", token));
    assertThat(fromThePage.statusCode()).isEqualTo(200);
  }

  @Test
  void scriptsSigningInWithBasicGetNoSessionAndNeedNoToken() throws Exception {
    HttpResponse<String> read =
        send(get("/api/figures/overall").header("Authorization", TestUser.VIEWER.authorization()));
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.headers().firstValue("Set-Cookie")).isEmpty();
    HttpResponse<String> write =
        send(
            jsonPost("/api/admin/verify")
                .header("Authorization", TestUser.AUDITOR.authorization()));
    assertThat(write.statusCode()).isEqualTo(200);
    assertThat(write.headers().firstValue("Set-Cookie")).isEmpty();
  }

  @Test
  void theSessionCookieIsSameSiteLaxAndHttpOnlyAndNotSecureOverPlainHttp() throws Exception {
    HttpResponse<String> form = send(get("/login").header("Accept", "text/html"));
    String cookie = sessionCookie(form);
    assertThat(cookie).containsIgnoringCase("; SameSite=Lax").containsIgnoringCase("; HttpOnly");
    assertThat(cookie).doesNotContainIgnoringCase("Secure");
  }

  @Test
  void aCrossSiteLoginWithoutTheTokenOfItsOwnFormIsRefusedAndSignsNobodyIn() throws Exception {
    HttpResponse<String> noToken =
        send(
            get("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=viewer&password=crew-viewer")));
    assertProblem(noToken, 403, "csrf-token-missing");
    assertThat(send(get("/api/figures/overall")).statusCode()).isEqualTo(401);

    // The attacker's own valid token, from the attacker's own session, in another browser.
    String attackersToken = csrfOfLoginForm();
    HttpClient victim = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    HttpResponse<String> foreignToken =
        victim.send(
            get("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=viewer&password=crew-viewer&_csrf="
                            + URLEncoder.encode(attackersToken, StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertProblem(foreignToken, 403, "csrf-token-missing");
    assertThat(
            victim
                .send(get("/api/figures/overall").build(), HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(401);
  }

  @Test
  void theFormEndpointsTakeUrlEncodedFormsEveryOtherWriteNeedsJson() throws Exception {
    String token = signIn(TestUser.AUDITOR);
    HttpResponse<String> formPost =
        send(
            get("/api/admin/verify")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-CSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("x=1")));
    assertProblem(formPost, 415, "unsupported-media-type");
    HttpResponse<String> logout =
        send(
            get("/logout")
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8))));
    assertThat(logout.statusCode()).isEqualTo(302);
    assertThat(logout.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
    assertThat(send(get("/api/figures/overall")).statusCode()).isEqualTo(401);
  }

  @Test
  void anApiCallWithoutCredentialsGetsNoBasicChallenge() throws Exception {
    HttpResponse<String> api = send(jsonPost("/api/admin/rebuilds"));
    assertProblem(api, 401, "unauthenticated");
    assertThat(api.headers().allValues("WWW-Authenticate"))
        .isNotEmpty()
        .noneMatch(challenge -> challenge.toLowerCase(java.util.Locale.ROOT).contains("basic"));
  }

  @Test
  void wrongPasswordsStayOnTheLoginForm() throws Exception {
    String csrf = csrfOfLoginForm();
    HttpResponse<String> refused = postLogin("viewer", "not-the-password", csrf);
    assertThat(refused.statusCode()).isEqualTo(302);
    assertThat(refused.headers().firstValue("Location").orElseThrow()).contains("/login?error");
  }

  private static void assertProblem(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(response.body()).contains("\"code\":\"" + code + "\"");
  }

  static String sessionCookie(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(cookie -> cookie.startsWith("JSESSIONID="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
  }

  /** Returns the session's CSRF token, as a page would read it. */
  private String signIn(TestUser user) throws Exception {
    HttpResponse<String> signedIn = postLogin(user.username(), user.password(), csrfOfLoginForm());
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    return csrfOfLoginForm();
  }

  private String csrfOfLoginForm() throws Exception {
    HttpResponse<String> form = send(get("/login").header("Accept", "text/html"));
    assertThat(form.statusCode()).isEqualTo(200);
    Matcher token = CSRF_FIELD.matcher(form.body());
    assertThat(token.find()).as(form.body()).isTrue();
    return token.group(1);
  }

  private HttpResponse<String> postLogin(String username, String password, String csrf)
      throws Exception {
    String form =
        "username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
    return send(
        get("/login")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /** A state-changing request as a page's script sends it: JSON, even without a body. */
  private HttpRequest.Builder jsonPost(String path) {
    return get(path)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.noBody());
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(30));
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
