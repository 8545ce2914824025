package org.crewtraining.readmodels;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.contracts.Events;
import org.crewtraining.events.common.EventMetadata;

/**
 * Folds events one at a time, as they come off a log or the audit trail, into the whole read model.
 * An event id seen before is skipped (a log may hold a re-sent event twice; the live projection
 * skips it through its processed_event claim). With an instant, only events that occurred at or
 * before it count: the read models as they were known then (the knowledge time of a report; which
 * programmes the report is about is its {@link ReportPeriod}). Events must come in log order per
 * partition; how partitions interleave does not matter (see {@link ProjectionFold}).
 */
public final class Replay {

  private final Instant until;
  private final Map<String, ProgramState> programs = new LinkedHashMap<>();
  private final Map<String, EnrollmentState> enrollments = new LinkedHashMap<>();
  private final Map<String, ApplicationState> applications = new LinkedHashMap<>();
  private final Set<UUID> seen = new HashSet<>();
  private long applied;

  private Replay(Instant until) {
    this.until = until;
  }

  /** Every event. */
  public static Replay all() {
    return new Replay(null);
  }

  /** Events with occurredAt at or before the instant. */
  public static Replay asOf(Instant instant) {
    return new Replay(instant);
  }

  /** Folds the event if it counts; true if it did. */
  public boolean accept(SpecificRecord event) {
    EventMetadata meta = Events.metadataOf(event);
    if (until != null && meta.getOccurredAt().isAfter(until)) {
      return false;
    }
    if (!seen.add(meta.getEventId())) {
      return false;
    }
    if (!ProjectionFold.apply(programs, enrollments, applications, event)) {
      return false; // not a programme, enrollment or application event (e.g. completion metrics)
    }
    applied++;
    return true;
  }

  /** Events folded so far. */
  public long applied() {
    return applied;
  }

  public ReportingState state() {
    return new ReportingState(programs, enrollments, applications);
  }

  /**
   * The report of a business period as known at this replay's instant (its knowledge time); only
   * for a replay {@link #asOf an instant}.
   */
  public AsOfReport report(ReportPeriod period, CrewFilter crew) {
    if (until == null) {
      throw new IllegalStateException("a replay of every event has no knowledge time");
    }
    return AsOfReport.of(until, period, applied, state(), crew);
  }
}
