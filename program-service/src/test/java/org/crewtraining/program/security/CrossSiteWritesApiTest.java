package org.crewtraining.program.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.crewtraining.program.HttpApi;
import org.crewtraining.program.ProgramRequests;
import org.crewtraining.program.ProgramServiceIntegrationTest;
import org.crewtraining.support.testing.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a hostile page can make a browser send: no Basic prompt for it to cache, and no write
 * without a JSON Content-Type (which a cross-site form or simple fetch cannot send).
 */
class CrossSiteWritesApiTest extends ProgramServiceIntegrationTest {

  @Test
  void a401NeverChallengesWithBasicSoNoBrowserPromptsOrCachesCredentials() {
    String id = createProgram(ProgramRequests.create());
    HttpApi.Response anonymous =
        HttpApi.anonymous(port()).send("POST", "/programs/" + id + "/publish", null, null);
    HttpApi.Response wrongPassword =
        HttpApi.withAuthorization(port(), TestUser.basic("admin", "not-the-password"))
            .send("POST", "/programs/" + id + "/publish", "application/json", null);
    HttpApi.Response anonymousRead = HttpApi.anonymous(port()).get("/programs/" + id);

    for (HttpApi.Response refused :
        new HttpApi.Response[] {anonymous, wrongPassword, anonymousRead}) {
      assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
      assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
      assertThat(refused.json().get("code").asString()).isEqualTo("unauthenticated");
      assertThat(refused.raw().headers().allValues("WWW-Authenticate"))
          .containsExactly("Crew realm=\"crew-training\"")
          .noneMatch(challenge -> challenge.toLowerCase().contains("basic"));
    }
    assertUnchanged(id, "DRAFT", 1);
  }

  @ParameterizedTest(name = "Content-Type {0}")
  @NullSource
  @ValueSource(
      strings = {
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "text/plain",
        "application/jsonp",
        "application/*+json",
        "json"
      })
  void aBodilessWriteWithoutAJsonContentTypeIs415AndChangesNothing(String contentType) {
    String draft = createProgram(ProgramRequests.create());
    String published = createProgram(ProgramRequests.create());
    assertThat(api().post("/programs/" + published + "/publish", null).status()).isEqualTo(200);

    HttpApi.Response publish =
        api().send("POST", "/programs/" + draft + "/publish", contentType, null);
    HttpApi.Response close =
        api().send("POST", "/programs/" + published + "/close", contentType, null);

    for (HttpApi.Response refused : new HttpApi.Response[] {publish, close}) {
      assertThat(refused.status()).as(refused.toString()).isEqualTo(415);
      assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
      assertThat(refused.json().get("code").asString()).isEqualTo("unsupported-media-type");
      assertThat(refused.json().get("detail").asString()).contains("JSON Content-Type");
    }
    assertUnchanged(draft, "DRAFT", 1);
    assertUnchanged(published, "PUBLISHED", 2);
  }

  @Test
  void aWriteWithABodyButAFormContentTypeIs415BeforeItIsRead() {
    long programs = rows("program");
    long outbox = rows("outbox_event");
    HttpApi.Response form =
        api()
            .send(
                "POST",
                "/programs",
                "text/plain",
                JsonMapper.builder().build().writeValueAsString(ProgramRequests.create()));
    assertThat(form.status()).isEqualTo(415);
    assertThat(form.json().get("code").asString()).isEqualTo("unsupported-media-type");
    assertThat(rows("program")).isEqualTo(programs);
    assertThat(rows("outbox_event")).isEqualTo(outbox);
  }

  @ParameterizedTest(name = "Content-Type {0}")
  @ValueSource(
      strings = {
        "application/json",
        "application/json; charset=UTF-8",
        "application/vnd.crew+json"
      })
  void aJsonContentTypeWithoutABodyStillRuns(String contentType) {
    String id = createProgram(ProgramRequests.create());
    HttpApi.Response publish =
        api().send("POST", "/programs/" + id + "/publish", contentType, null);
    assertThat(publish.status()).as(publish.toString()).isEqualTo(200);
    assertThat(publish.json().get("status").asString()).isEqualTo("PUBLISHED");
  }

  @Test
  void credentialsAndRoleAreCheckedBeforeTheContentType() {
    String id = createProgram(ProgramRequests.create());
    HttpApi.Response anonymous =
        HttpApi.anonymous(port()).send("POST", "/programs/" + id + "/publish", "text/plain", null);
    HttpApi.Response viewer =
        new HttpApi(port(), TestUser.VIEWER)
            .send("POST", "/programs/" + id + "/publish", "text/plain", null);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(viewer.status()).isEqualTo(403);
    assertThat(viewer.json().get("code").asString()).isEqualTo("forbidden");
    assertUnchanged(id, "DRAFT", 1);
  }

  @Test
  void noServiceCreatesASessionCookie() {
    HttpApi.Response created = api().post("/programs", ProgramRequests.create());
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.raw().headers().allValues("Set-Cookie")).isEmpty();
  }

  private void assertUnchanged(String id, String status, long version) {
    HttpApi.Response now = api().get("/programs/" + id);
    assertThat(now.json().get("status").asString()).isEqualTo(status);
    assertThat(now.json().get("version").asLong()).isEqualTo(version);
    assertThat(outboxRowsOf(id)).as("outbox rows of " + id).isEqualTo(version);
  }
}
