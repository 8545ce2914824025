package org.crewtraining.reporting.metrics;

import java.time.Instant;
import java.util.List;
import org.crewtraining.events.reporting.CompletionFigures;
import org.crewtraining.events.reporting.CompletionMetricsUpdated;
import org.crewtraining.events.reporting.ProgramCompletionFigures;
import org.crewtraining.readmodels.Figures;
import org.crewtraining.readmodels.ProgramSummary;

/**
 * JSON form of a CompletionMetricsUpdated for browsers (SSE), plus its stream position.
 *
 * @param sequence SSE event id; increases by one per published update
 * @param snapshot true when {@code programs} holds every programme, not only the changed ones
 */
public record MetricsUpdate(
    long sequence,
    boolean snapshot,
    Instant asOf,
    Completion overall,
    List<ProgramCompletion> programs) {

  /** The {@code CompletionFigures} of the contract. */
  public record Completion(
      long enrolled, long completed, long notCompleted, double completionRate) {
    static Completion of(Figures f) {
      return new Completion(f.enrolled(), f.completed(), f.notCompleted(), f.completionRate());
    }

    CompletionFigures toAvro() {
      return new CompletionFigures(enrolled, completed, notCompleted, completionRate);
    }
  }

  public record ProgramCompletion(String programId, String title, Completion figures) {
    static ProgramCompletion of(ProgramSummary p) {
      return new ProgramCompletion(p.programId(), titleOf(p), Completion.of(p.figures()));
    }

    ProgramCompletionFigures toAvro() {
      return new ProgramCompletionFigures(programId, title, figures.toAvro());
    }
  }

  /** The contract's title is required; a programme known only from enrollments has its id. */
  static String titleOf(ProgramSummary p) {
    return p.title() == null ? p.programId() : p.title();
  }

  CompletionMetricsUpdated toAvro(org.crewtraining.events.common.EventMetadata metadata) {
    return new CompletionMetricsUpdated(
        metadata,
        asOf,
        overall.toAvro(),
        programs.stream().map(ProgramCompletion::toAvro).toList());
  }
}
