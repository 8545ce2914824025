package org.crewtraining.readmodels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.contracts.EventType;
import org.crewtraining.events.enrollments.ApplicationReviewed;
import org.crewtraining.events.enrollments.ApplicationSubmitted;
import org.crewtraining.events.enrollments.ApplicationWithdrawn;
import org.crewtraining.events.enrollments.EnrollmentConfirmed;
import org.crewtraining.events.enrollments.SeatDeclined;
import org.crewtraining.events.enrollments.SeatOffered;
import org.crewtraining.events.enrollments.SelectionConfirmed;

/**
 * {@link ProjectionFold}'s cases for applications, the selection and offers: each event replaces
 * one group of the applications it names (SelectionConfirmed: the placement of every application it
 * lists).
 */
public final class ApplicationFold {

  private ApplicationFold() {}

  /** The applications an event changes, in the order it names them; empty for any other event. */
  public static List<String> applicationIds(SpecificRecord event) {
    return switch (EventType.of(event)) {
      case APPLICATION_SUBMITTED -> List.of(((ApplicationSubmitted) event).getApplicationId());
      case APPLICATION_WITHDRAWN -> List.of(((ApplicationWithdrawn) event).getApplicationId());
      case APPLICATION_REVIEWED -> List.of(((ApplicationReviewed) event).getApplicationId());
      case SEAT_OFFERED -> List.of(((SeatOffered) event).getApplicationId());
      case SEAT_DECLINED -> List.of(((SeatDeclined) event).getApplicationId());
      case SELECTION_CONFIRMED -> {
        SelectionConfirmed e = (SelectionConfirmed) event;
        List<String> ids = new ArrayList<>(e.getOfferedApplicationIds());
        ids.addAll(e.getReserveApplicationIds());
        yield ids;
      }
      case ENROLLMENT_CONFIRMED -> {
        String id = ((EnrollmentConfirmed) event).getApplicationId();
        yield id == null ? List.of() : List.of(id);
      }
      default -> List.of();
    };
  }

  static boolean submitted(Map<String, ApplicationState> applications, ApplicationSubmitted e) {
    return change(
        applications,
        e,
        e.getApplicationId(),
        s ->
            s.withSubmission(
                e.getParticipantId(),
                e.getParticipantType().name(),
                e.getCraft().name(),
                e.getMetadata().getOccurredAt()));
  }

  static boolean withdrawn(Map<String, ApplicationState> applications, ApplicationWithdrawn e) {
    return change(applications, e, e.getApplicationId(), ApplicationState::withWithdrawn);
  }

  static boolean reviewed(Map<String, ApplicationState> applications, ApplicationReviewed e) {
    ApplicationReview review =
        new ApplicationReview(
            e.getDecision().name(),
            e.getScore(),
            e.getReasonCode() == null ? null : e.getReasonCode().name());
    return change(applications, e, e.getApplicationId(), s -> s.withReview(review));
  }

  static boolean selectionConfirmed(
      Map<String, ApplicationState> applications, SelectionConfirmed e) {
    for (String id : e.getOfferedApplicationIds()) {
      change(
          applications,
          e,
          id,
          s ->
              s.withPlacement(
                  new ApplicationPlacement(
                      e.getSelectionId(), ApplicationPlacement.OFFERED, null)));
    }
    List<String> reserve = e.getReserveApplicationIds();
    for (int i = 0; i < reserve.size(); i++) {
      int rank = i + 1;
      change(
          applications,
          e,
          reserve.get(i),
          s ->
              s.withPlacement(
                  new ApplicationPlacement(
                      e.getSelectionId(), ApplicationPlacement.RESERVE, rank)));
    }
    return true;
  }

  static boolean offered(Map<String, ApplicationState> applications, SeatOffered e) {
    return change(
        applications,
        e,
        e.getApplicationId(),
        s -> {
          ApplicationOffer before = s.offer();
          return s.withParticipant(e.getParticipantType().name(), e.getCraft().name())
              .withOffer(
                  new ApplicationOffer(
                      e.getBasis().name(),
                      e.getMetadata().getOccurredAt(),
                      e.getExpiresAt(),
                      before.release(),
                      before.releasedAt(),
                      before.enrollmentId(),
                      before.acceptedAt()));
        });
  }

  static boolean declined(Map<String, ApplicationState> applications, SeatDeclined e) {
    return change(
        applications,
        e,
        e.getApplicationId(),
        s -> {
          ApplicationOffer before = s.offer();
          return s.withOffer(
              new ApplicationOffer(
                  before.basis(),
                  before.offeredAt(),
                  before.expiresAt(),
                  e.getRelease().name(),
                  e.getMetadata().getOccurredAt(),
                  before.enrollmentId(),
                  before.acceptedAt()));
        });
  }

  /** An enrolment confirmed by accepting an offered seat (EnrollmentConfirmed v2). */
  static void accepted(Map<String, ApplicationState> applications, EnrollmentConfirmed e) {
    if (e.getApplicationId() == null) {
      return; // first come, first served
    }
    change(
        applications,
        e,
        e.getApplicationId(),
        s -> {
          ApplicationOffer before = s.offer();
          return s.withOffer(
              new ApplicationOffer(
                  before.basis(),
                  before.offeredAt(),
                  before.expiresAt(),
                  before.release(),
                  before.releasedAt(),
                  e.getEnrollmentId(),
                  e.getMetadata().getOccurredAt()));
        });
  }

  private static boolean change(
      Map<String, ApplicationState> applications,
      SpecificRecord event,
      String applicationId,
      UnaryOperator<ApplicationState> change) {
    EventType type = EventType.of(event);
    ApplicationState current = applications.get(applicationId);
    ApplicationState state =
        current != null
            ? current
            : ApplicationState.stub(
                applicationId, type.programIdOf(event), type.participantIdOf(event));
    applications.put(applicationId, change.apply(state));
    return true;
  }
}
