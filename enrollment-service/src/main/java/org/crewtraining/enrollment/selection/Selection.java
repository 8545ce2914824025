package org.crewtraining.enrollment.selection;

import java.util.List;
import org.crewtraining.enrollment.programme.ProgramAdmission.SeatQuota;

/**
 * What a selection run proposes: the offers, the ranked reserve and how far each quota was used.
 *
 * @param seats the seats the selection filled from (capacity minus seats already held)
 */
public record Selection(
    int seats, List<Offer> offers, List<Reserved> reserve, List<QuotaUse> quotas) {

  public Selection {
    offers = List.copyOf(offers);
    reserve = List.copyOf(reserve);
    quotas = List.copyOf(quotas);
  }

  /**
   * @param rank the candidate's place in the ranking of all shortlisted (1 = best)
   * @param reason why it was chosen: a quota's minimum ({@code "minSeats of craft VFX"}) or {@link
   *     #BY_RANK}
   */
  public record Offer(Candidate candidate, int rank, String reason) {

    public static final String BY_RANK = "rank";
  }

  /**
   * @param rank place in the reserve (1 = offered first when a seat frees)
   * @param heldBackBy the quota whose maxSeats kept the candidate from a seat; null when the seats
   *     simply ran out first
   */
  public record Reserved(Candidate candidate, int rank, String heldBackBy) {}

  /**
   * @param offered seats this selection offers to the quota's group
   */
  public record QuotaUse(SeatQuota quota, int offered) {}
}
