package org.crewtraining.demo.run;

import java.net.URI;
import java.time.Duration;
import org.crewtraining.demo.plan.PlannedParticipant;
import org.crewtraining.demo.plan.PlannedProgram;

/**
 * How to run a plan.
 *
 * @param runTag empty for the default history; otherwise it marks a separate copy: appended to
 *     titles and e-mails and part of every Idempotency-Key, so the copy never collides with another
 * @param threads size of the worker pool (requests in flight)
 * @param retryFor how long one request keeps retrying transient failures
 * @param publishWait how long to wait for enrollment-service to see a programme published
 * @param applicationWindow how long the applications of a programme that selects during the run
 *     stay open after its admission is set; the runner then waits for the close to select
 */
public record RunSettings(
    URI programUrl,
    URI enrollmentUrl,
    String runTag,
    int threads,
    Duration retryFor,
    Duration publishWait,
    Duration applicationWindow) {

  public static RunSettings of(String programUrl, String enrollmentUrl, String runTag) {
    return new RunSettings(
        URI.create(trimSlash(programUrl)),
        URI.create(trimSlash(enrollmentUrl)),
        runTag,
        8,
        Duration.ofSeconds(60),
        Duration.ofSeconds(60),
        Duration.ofSeconds(30));
  }

  public RunSettings withTimeouts(Duration retryFor, Duration publishWait) {
    return new RunSettings(
        programUrl, enrollmentUrl, runTag, threads, retryFor, publishWait, applicationWindow);
  }

  public RunSettings withApplicationWindow(Duration window) {
    return new RunSettings(
        programUrl, enrollmentUrl, runTag, threads, retryFor, publishWait, window);
  }

  String title(PlannedProgram program) {
    return runTag.isEmpty() ? program.title() : program.title() + " [" + runTag + "]";
  }

  String email(PlannedParticipant participant) {
    if (runTag.isEmpty()) {
      return participant.email();
    }
    int at = participant.email().indexOf('@');
    return participant.email().substring(0, at) + "+" + runTag + participant.email().substring(at);
  }

  /** Idempotency-Key of one step: stable across re-runs of the same plan and tag. */
  String key(PlannedProgram program, String step) {
    return "demo-data:"
        + (runTag.isEmpty() ? "default" : runTag)
        + ":"
        + program.key()
        + ":"
        + step;
  }

  URI program(String path) {
    return URI.create(programUrl + path);
  }

  URI enrollment(String path) {
    return URI.create(enrollmentUrl + path);
  }

  private static String trimSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
