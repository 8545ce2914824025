package org.crewtraining.reporting.projection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.contracts.Events;
import org.crewtraining.readmodels.ApplicationFold;
import org.crewtraining.readmodels.ApplicationState;
import org.crewtraining.readmodels.EnrollmentState;
import org.crewtraining.readmodels.ProgramFigures;
import org.crewtraining.readmodels.ProgramState;
import org.crewtraining.readmodels.ProjectionFold;

/**
 * Folds and writes one batch into a store, in the caller's transaction: shared by the live
 * projection and by a rebuild writing the next generation, so both write the same way. Which
 * records are new is the caller's business (the live projection's position; a rebuild reads each
 * record once).
 */
public final class FoldWriter {

  private FoldWriter() {}

  /**
   * Folds these events onto the rows they touch, upserts the rows that changed and moves their
   * programmes' figure totals by the change.
   */
  public static BatchApplier.Applied apply(ProjectionStore store, List<SpecificRecord> batch) {
    List<SpecificRecord> events = new ArrayList<>(batch.size());
    Set<String> programIds = new LinkedHashSet<>();
    Set<String> enrollmentIds = new LinkedHashSet<>();
    Set<String> applicationIds = new LinkedHashSet<>();
    Instant newest = null;
    for (SpecificRecord event : batch) {
      String programId = Events.programIdOf(event);
      if (programId == null) {
        continue;
      }
      events.add(event);
      programIds.add(programId);
      String enrollmentId = Events.enrollmentIdOf(event);
      if (enrollmentId != null) {
        enrollmentIds.add(enrollmentId);
      }
      applicationIds.addAll(ApplicationFold.applicationIds(event));
      Instant at = Events.metadataOf(event).getOccurredAt();
      newest = newest == null || at.isAfter(newest) ? at : newest;
    }
    if (events.isEmpty()) {
      return new BatchApplier.Applied(Set.of(), null, 0);
    }
    Map<String, ProgramState> programs = store.loadPrograms(programIds);
    Map<String, EnrollmentState> enrollments = store.loadEnrollments(enrollmentIds);
    Map<String, ProgramState> programsBefore = new HashMap<>(programs);
    Map<String, EnrollmentState> enrollmentsBefore = new HashMap<>(enrollments);
    Map<String, ApplicationState> applications = store.loadApplications(applicationIds);
    Map<String, ApplicationState> applicationsBefore = new HashMap<>(applications);
    for (SpecificRecord event : events) {
      ProjectionFold.apply(programs, enrollments, applications, event);
    }
    List<EnrollmentState> changedEnrollments = changed(enrollments, enrollmentsBefore);
    store.upsertPrograms(changed(programs, programsBefore));
    store.upsertEnrollments(changedEnrollments);
    store.upsertApplications(changed(applications, applicationsBefore));
    // The programmes' totals move by what their enrollments changed: no re-summing per batch.
    store.addProgramFigures(ProgramFigures.changes(enrollmentsBefore, changedEnrollments));
    store.recordApplied(events.size(), newest);
    return new BatchApplier.Applied(programIds, newest, events.size());
  }

  private static <T> List<T> changed(Map<String, T> after, Map<String, T> before) {
    return after.entrySet().stream()
        .filter(e -> !e.getValue().equals(before.get(e.getKey())))
        .map(Map.Entry::getValue)
        .toList();
  }
}
