package org.crewtraining.enrollment.offer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.crewtraining.enrollment.selection.Selection;

/**
 * A selection run as stored and answered: what it offers and why, the reserve and what held each
 * back, how far each quota was used.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SelectionRunView(
    String selectionId,
    String programId,
    String status,
    int seats,
    List<OfferView> offers,
    List<ReserveView> reserve,
    List<QuotaView> quotas,
    Instant proposedAt,
    Instant confirmedAt) {

  static SelectionRunView proposed(
      String selectionId, String programId, Selection selection, Instant at) {
    return new SelectionRunView(
        selectionId,
        programId,
        "PROPOSED",
        selection.seats(),
        selection.offers().stream()
            .map(
                o ->
                    new OfferView(
                        o.candidate().applicationId(),
                        o.candidate().participantType().name(),
                        o.candidate().craft().name(),
                        o.candidate().score(),
                        o.rank(),
                        o.reason()))
            .toList(),
        selection.reserve().stream()
            .map(r -> new ReserveView(r.candidate().applicationId(), r.rank(), r.heldBackBy()))
            .toList(),
        selection.quotas().stream()
            .map(
                q ->
                    new QuotaView(
                        q.quota().participantType() == null
                            ? null
                            : q.quota().participantType().name(),
                        q.quota().craft() == null ? null : q.quota().craft().name(),
                        q.quota().minSeats(),
                        q.quota().maxSeats(),
                        q.offered()))
            .toList(),
        at,
        null);
  }

  SelectionRunView withStatus(String status, Instant confirmedAt) {
    return new SelectionRunView(
        selectionId, programId, status, seats, offers, reserve, quotas, proposedAt, confirmedAt);
  }

  /**
   * @param rank place among all shortlisted (1 = best)
   * @param reason {@code minSeats of <quota>} or {@code rank}
   */
  public record OfferView(
      String applicationId,
      String participantType,
      String craft,
      int score,
      int rank,
      String reason) {}

  /**
   * @param heldBackBy the quota whose maxSeats kept the applicant from a seat; absent when the
   *     seats ran out
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record ReserveView(String applicationId, int rank, String heldBackBy) {}

  /** Exactly one of participantType and craft is set. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record QuotaView(
      String participantType, String craft, int minSeats, int maxSeats, int offered) {}
}
