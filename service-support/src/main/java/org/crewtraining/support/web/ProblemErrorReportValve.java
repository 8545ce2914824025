package org.crewtraining.support.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's last word on an error no application code answered: requests refused before they reach
 * the application (bad path encoding, malformed request line, oversized headers, bad framing) and
 * errors with an empty body. Writes the API's problem+json where Tomcat's own valve writes an HTML
 * page; never a stack trace.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

  private final JsonMapper jsonMapper;

  public ProblemErrorReportValve(JsonMapper jsonMapper) {
    this.jsonMapper = jsonMapper;
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    // The same guards as Tomcat's valve: only errors, nothing written yet, reported once.
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(true);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    try {
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(jsonMapper.writeValueAsString(ErrorStatusProblems.problem(status)));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // The client is gone or the response is unusable: nothing more can be told.
    }
  }
}
