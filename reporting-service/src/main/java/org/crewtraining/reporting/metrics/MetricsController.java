package org.crewtraining.reporting.metrics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.programs.ProgramFormat;
import org.crewtraining.reporting.dashboard.DashboardFilter;
import org.crewtraining.support.security.PartnerScope;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
              + " fresh snapshot first, so nothing is missed even across service restarts. With"
              + " filters (cohort years fromYear..toYear, partner, format, track) only the"
              + " programmes they select are sent, overall being their sums; an update touching"
              + " none of them is not sent.")
  @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  public SseEmitter stream(
      @Parameter(description = "Sent by browsers on reconnect; a snapshot answers it")
          @RequestHeader(name = "Last-Event-ID", required = false)
          String lastEventId,
      @Parameter(description = "Only programmes of cohort years from this one (inclusive)")
          @RequestParam(required = false)
          Integer fromYear,
      @Parameter(description = "Only programmes of cohort years up to this one (inclusive)")
          @RequestParam(required = false)
          Integer toYear,
      @Parameter(description = "Only programmes this partner runs") @RequestParam(required = false)
          String partner,
      @RequestParam(required = false) ProgramFormat format,
      @RequestParam(required = false) CraftTrack track) {
    return stream.subscribe(
        PartnerScope.current(), DashboardFilter.of(fromYear, toYear, partner, format, track));
  }
}
