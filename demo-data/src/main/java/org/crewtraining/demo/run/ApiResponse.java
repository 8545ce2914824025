package org.crewtraining.demo.run;

import tools.jackson.databind.JsonNode;

/** A response that was not retried: its status and JSON body (a MissingNode when empty). */
record ApiResponse(int status, JsonNode body) {

  boolean ok() {
    return status >= 200 && status < 300;
  }

  /** The stable {@code code} of a problem+json body, or "" when there is none. */
  String problemCode() {
    JsonNode code = body.get("code");
    return code == null ? "" : code.asString();
  }

  String text(String field) {
    JsonNode node = body.get(field);
    return node == null || node.isNull() ? null : node.asString();
  }
}
