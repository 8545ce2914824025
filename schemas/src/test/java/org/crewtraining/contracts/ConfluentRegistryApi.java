package org.crewtraining.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.avro.Schema;

/**
 * The registry's Confluent-compatible REST API as a Confluent client (Kafka Connect, a Python
 * consumer) calls it: used by tests to check our bytes against what such a client would see,
 * independently of the library our code uses.
 */
public final class ConfluentRegistryApi {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final String url;

  public ConfluentRegistryApi(RegistrySettings settings) {
    this.url = settings.url();
  }

  /** {@code GET /schemas/ids/{id}}: the schema the id stands for. */
  public Schema schemaById(int id) {
    Response response = send(HttpRequest.newBuilder(URI.create(url + "/schemas/ids/" + id)).GET());
    if (response.status() != 200) {
      throw new IllegalStateException("GET /schemas/ids/" + id + " answered " + response);
    }
    return new Schema.Parser().parse(response.json().get("schema").asText());
  }

  /** {@code POST /subjects/{subject}}: the registered version of this schema (id and version). */
  public JsonNode lookUp(String subject, Schema schema) {
    Response response = post("/subjects/" + encode(subject), schema);
    if (response.status() != 200) {
      throw new IllegalStateException("POST /subjects/" + subject + " answered " + response);
    }
    return response.json();
  }

  /** {@code POST /subjects/{subject}/versions}: registers a new version (409 if incompatible). */
  public Response register(String subject, Schema schema) {
    return post("/subjects/" + encode(subject) + "/versions", schema);
  }

  /** {@code GET /config/{subject}}: the subject's compatibility level. */
  public String compatibilityOf(String subject) {
    Response response =
        send(HttpRequest.newBuilder(URI.create(url + "/config/" + encode(subject))).GET());
    return response.json().get("compatibilityLevel").asText();
  }

  private Response post(String path, Schema schema) {
    String body = JSON.createObjectNode().put("schema", schema.toString()).toString();
    return send(
        HttpRequest.newBuilder(URI.create(url + path))
            .header("Content-Type", "application/vnd.schemaregistry.v1+json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private static Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String subject) {
    return URLEncoder.encode(subject, StandardCharsets.UTF_8);
  }

  public record Response(int status, String body) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("Not JSON: " + body, e);
      }
    }
  }
}
