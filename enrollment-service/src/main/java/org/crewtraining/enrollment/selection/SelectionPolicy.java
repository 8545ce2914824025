package org.crewtraining.enrollment.selection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crewtraining.enrollment.participant.ParticipantType;
import org.crewtraining.enrollment.programme.ProgramAdmission.SeatQuota;
import org.crewtraining.events.common.CraftTrack;

/**
 * Who is offered a seat, free of storage: the selection of a run and the reserve cascade when a
 * seat frees. Deterministic (the same input gives the same answer, which is what makes a stored
 * proposal checkable against its input digest) and explained.
 *
 * <p>Selection: candidates are ranked by {@link Candidate#RANKING}. First each quota, in the order
 * published, takes its best candidates until it reaches minSeats (skipping anyone another quota's
 * maxSeats would refuse); then the remaining seats go by rank to everyone no maxSeats refuses. The
 * rest form the reserve, in rank order.
 *
 * <p>Cascade: a freed seat goes first to the quota, in published order, whose holders fell below
 * its minimum (its best reserve applicant no maximum refuses), otherwise to the best reserve
 * applicant no maximum refuses; nobody if nobody fits.
 */
public final class SelectionPolicy {

  private SelectionPolicy() {}

  public static Selection select(int seats, List<SeatQuota> quotas, List<Candidate> shortlisted) {
    if (seats < 0) {
      throw new IllegalArgumentException("seats cannot be negative");
    }
    List<Candidate> ranked = shortlisted.stream().sorted(Candidate.RANKING).toList();
    Map<String, Integer> rankOf = new LinkedHashMap<>();
    for (int i = 0; i < ranked.size(); i++) {
      rankOf.put(ranked.get(i).applicationId(), i + 1);
    }
    Holders holders = new Holders(quotas);
    Set<String> chosen = new HashSet<>();
    List<Selection.Offer> offers = new ArrayList<>();
    for (SeatQuota quota : quotas) {
      for (Candidate c : ranked) {
        if (offers.size() >= seats || holders.held(quota) >= quota.minSeats()) {
          break;
        }
        if (!chosen.contains(c.applicationId())
            && quota.covers(c.participantType(), c.craft())
            && holders.refusedBy(c).isEmpty()) {
          chosen.add(c.applicationId());
          holders.add(c);
          offers.add(
              new Selection.Offer(
                  c, rankOf.get(c.applicationId()), "minSeats of " + quota.label()));
        }
      }
    }
    Map<String, String> heldBackBy = new LinkedHashMap<>();
    for (Candidate c : ranked) {
      if (offers.size() >= seats) {
        break;
      }
      if (chosen.contains(c.applicationId())) {
        continue;
      }
      Optional<SeatQuota> refusing = holders.refusedBy(c);
      if (refusing.isPresent()) {
        heldBackBy.put(c.applicationId(), refusing.get().label());
        continue;
      }
      chosen.add(c.applicationId());
      holders.add(c);
      offers.add(new Selection.Offer(c, rankOf.get(c.applicationId()), Selection.Offer.BY_RANK));
    }
    offers.sort((a, b) -> Integer.compare(a.rank(), b.rank()));
    List<Selection.Reserved> reserve = new ArrayList<>();
    for (Candidate c : ranked) {
      if (!chosen.contains(c.applicationId())) {
        reserve.add(
            new Selection.Reserved(c, reserve.size() + 1, heldBackBy.get(c.applicationId())));
      }
    }
    List<Selection.QuotaUse> uses =
        quotas.stream().map(q -> new Selection.QuotaUse(q, holders.held(q))).toList();
    return new Selection(seats, offers, reserve, uses);
  }

  /**
   * Who is offered a freed seat.
   *
   * @param capacity the programme's seats
   * @param holders who holds a seat now: confirmed enrolments of accepted offers and outstanding
   *     offers
   * @param reserve the reserve still waiting, best first
   * @return empty when no seat is free or nobody in the reserve fits the quotas
   */
  public static Optional<Candidate> nextFromReserve(
      int capacity, List<SeatQuota> quotas, List<Holder> holders, List<Candidate> reserve) {
    if (holders.size() >= capacity) {
      return Optional.empty();
    }
    Holders held = new Holders(quotas);
    holders.forEach(h -> held.add(h.participantType(), h.craft()));
    for (SeatQuota quota : quotas) {
      if (held.held(quota) < quota.minSeats()) {
        Optional<Candidate> forMinimum =
            reserve.stream()
                .filter(c -> quota.covers(c.participantType(), c.craft()))
                .filter(c -> held.refusedBy(c).isEmpty())
                .findFirst();
        if (forMinimum.isPresent()) {
          return forMinimum;
        }
      }
    }
    return reserve.stream().filter(c -> held.refusedBy(c).isEmpty()).findFirst();
  }

  /** Someone holding a seat (accepted) or about to (offered), as the quotas count them. */
  public record Holder(ParticipantType participantType, CraftTrack craft) {}

  /** Seats held per quota, in the quotas' order. */
  private static final class Holders {

    private final List<SeatQuota> quotas;
    private final int[] held;

    Holders(List<SeatQuota> quotas) {
      this.quotas = quotas;
      this.held = new int[quotas.size()];
    }

    int held(SeatQuota quota) {
      return held[quotas.indexOf(quota)];
    }

    void add(Candidate c) {
      add(c.participantType(), c.craft());
    }

    void add(ParticipantType type, CraftTrack craft) {
      for (int i = 0; i < quotas.size(); i++) {
        if (quotas.get(i).covers(type, craft)) {
          held[i]++;
        }
      }
    }

    /** The first quota, in published order, already at its maxSeats for this candidate. */
    Optional<SeatQuota> refusedBy(Candidate c) {
      for (int i = 0; i < quotas.size(); i++) {
        SeatQuota q = quotas.get(i);
        if (q.covers(c.participantType(), c.craft()) && held[i] >= q.maxSeats()) {
          return Optional.of(q);
        }
      }
      return Optional.empty();
    }
  }
}
