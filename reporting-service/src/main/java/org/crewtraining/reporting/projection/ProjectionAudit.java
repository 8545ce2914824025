package org.crewtraining.reporting.projection;

import java.util.List;

/**
 * Records the records of a batch in the audit trail, in the projection's transaction, so the trail
 * and the read models move with the same position. Absent when the trail is switched off.
 */
public interface ProjectionAudit {

  /** Every record here is new to the projection and holds an event. */
  void record(List<PolledRecord> records);
}
