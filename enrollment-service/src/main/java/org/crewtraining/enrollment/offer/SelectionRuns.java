package org.crewtraining.enrollment.offer;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crewtraining.enrollment.participation.EnrollmentLifecycle;
import org.crewtraining.enrollment.participation.EventCause;
import org.crewtraining.enrollment.programme.ProgramAdmission;
import org.crewtraining.enrollment.programme.ProgramAdmissionRepository;
import org.crewtraining.enrollment.programme.ProgramSnapshot;
import org.crewtraining.enrollment.programme.ProgramSnapshotRepository;
import org.crewtraining.enrollment.selection.Selection;
import org.crewtraining.enrollment.selection.SelectionPolicy;
import org.crewtraining.events.common.EventMetadata;
import org.crewtraining.events.enrollments.OfferBasis;
import org.crewtraining.support.command.CommandContext;
import org.crewtraining.support.web.ResourceNotFoundException;
import org.crewtraining.support.web.StateConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposes a selection (stored, nothing offered yet) and confirms one: the offers go out
 * (SelectionConfirmed, a SeatOffered each) and the rest wait in the reserve in rank order. Both
 * under the programme's row lock, so a confirmation sees exactly the input it checks.
 */
@Service
class SelectionRuns {

  private final ProgramSnapshotRepository programmes;
  private final ProgramAdmissionRepository admissions;
  private final OfferRepository offers;
  private final SelectionRunRepository runs;
  private final ReserveOffers offering;
  private final OfferEvents events;
  private final Clock clock;

  SelectionRuns(
      ProgramSnapshotRepository programmes,
      ProgramAdmissionRepository admissions,
      OfferRepository offers,
      SelectionRunRepository runs,
      ReserveOffers offering,
      OfferEvents events,
      Clock clock) {
    this.programmes = programmes;
    this.admissions = admissions;
    this.offers = offers;
    this.runs = runs;
    this.offering = offering;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public SelectionRunView propose(String programId, CommandContext request) {
    Selecting s = selecting(programId);
    SelectionInput input = input(s);
    Selection selection =
        SelectionPolicy.select(input.seats(), s.admission().quotas(), input.candidates());
    SelectionRunView run =
        SelectionRunView.proposed(UUID.randomUUID().toString(), programId, selection, now());
    runs.insert(run, input.digest(), request.actor());
    return run;
  }

  @Transactional
  public SelectionRunView confirm(String programId, String selectionId, CommandContext request) {
    Selecting s = selecting(programId);
    SelectionRunRepository.StoredRun stored =
        runs.find(programId, selectionId)
            .orElseThrow(() -> new ResourceNotFoundException("Selection run", selectionId));
    SelectionInput input = input(s);
    if (!stored.run().status().equals("PROPOSED") || !stored.inputDigest().equals(input.digest())) {
      throw new StateConflictException(
          "selection-stale",
          "Applications or seats changed since this proposal; propose a new selection run");
    }
    Instant now = now();
    runs.confirm(programId, selectionId, request.actor(), now);
    SelectionRunView run = stored.run();
    EventMetadata confirmed =
        events.selectionConfirmed(
            selectionId,
            programId,
            run.offers().stream().map(SelectionRunView.OfferView::applicationId).toList(),
            run.reserve().stream().map(SelectionRunView.ReserveView::applicationId).toList(),
            EventCause.of(request));
    Map<String, OfferRow> shortlisted = new HashMap<>();
    input.shortlisted().forEach(r -> shortlisted.put(r.row().applicationId(), r.row()));
    EventCause cause = EventCause.after(confirmed);
    for (SelectionRunView.OfferView offer : run.offers()) {
      offering.offer(
          shortlisted.get(offer.applicationId()),
          s.admission(),
          selectionId,
          OfferBasis.SELECTION,
          cause);
    }
    for (SelectionRunView.ReserveView reserved : run.reserve()) {
      offers.reserve(reserved.applicationId(), selectionId, reserved.rank());
    }
    return run.withStatus("CONFIRMED", now);
  }

  @Transactional(readOnly = true)
  public SelectionRunView get(String programId, String selectionId) {
    return runs.find(programId, selectionId)
        .map(SelectionRunRepository.StoredRun::run)
        .orElseThrow(() -> new ResourceNotFoundException("Selection run", selectionId));
  }

  /** Locks the programme and checks that it can select now. */
  private Selecting selecting(String programId) {
    ProgramSnapshot programme =
        programmes
            .lock(programId)
            .orElseThrow(() -> new ResourceNotFoundException("Program", programId));
    ProgramAdmission admission =
        admissions
            .find(programId)
            .orElseThrow(
                () ->
                    new StateConflictException(
                        "programme-not-by-application",
                        "Programme " + programId + " takes first-come enrolments"));
    if (!EnrollmentLifecycle.takesEnrolments(programme.status())) {
      throw new StateConflictException(
          "programme-not-open", "Programme " + programId + " is " + programme.status());
    }
    if (clock.instant().isBefore(admission.closesAt())) {
      throw new StateConflictException(
          "applications-still-open",
          "Applications are open until " + admission.closesAt() + "; select after that");
    }
    if (runs.anyConfirmed(programId)) {
      throw new StateConflictException(
          "selection-confirmed", "A selection of " + programId + " is already confirmed");
    }
    return new Selecting(programme, admission);
  }

  private SelectionInput input(Selecting s) {
    String programId = s.programme().programId();
    List<OfferRepository.ShortlistedRow> shortlisted = offers.shortlisted(programId);
    int held = offers.holders(programId).size();
    return new SelectionInput(Math.max(0, s.programme().capacity() - held), shortlisted);
  }

  /** To the millisecond, as the stored proposal and the API give instants. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private record Selecting(ProgramSnapshot programme, ProgramAdmission admission) {}
}
