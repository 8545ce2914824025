package org.crewtraining.reporting.metrics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.crewtraining.support.security.PartnerScope;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@RequestMapping("/api/completion-metrics")
@Tag(name = "Completion metrics", description = "Live completion figures for dashboards")
public class MetricsController {

  private final MetricsStream stream;

  public MetricsController(MetricsStream stream) {
    this.stream = stream;
  }

  @Operation(summary = "Current completion figures of every programme the caller sees")
  @GetMapping
  public MetricsUpdate current() {
    return stream.snapshot(PartnerScope.current());
  }

  @Operation(
      summary = "Server-Sent Events: a 'snapshot' event, then 'completion-metrics' updates",
      description =
          "Each event carries its sequence as id. A reconnect (with Last-Event-ID) receives a"
              + " fresh snapshot first, so nothing is missed even across service restarts.")
  @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  public SseEmitter stream(
      @Parameter(description = "Sent by browsers on reconnect; a snapshot answers it")
          @RequestHeader(name = "Last-Event-ID", required = false)
          String lastEventId) {
    return stream.subscribe(PartnerScope.current());
  }
}
