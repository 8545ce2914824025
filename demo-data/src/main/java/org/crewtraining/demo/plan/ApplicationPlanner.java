package org.crewtraining.demo.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The applications to a programme that selects by application: each applicant's answers, the
 * office's review and the answer the applicant would give to an offer.
 */
final class ApplicationPlanner {

  static final List<String> REJECTION_REASONS =
      List.of(
          "NOT_ELIGIBLE",
          "INCOMPLETE_APPLICATION",
          "INSUFFICIENT_EXPERIENCE",
          "OUTSIDE_PROGRAMME_FOCUS",
          "SCHEDULE_MISMATCH");

  static final double REJECTED_SHARE = 0.15;
  static final double DECLINE_SHARE = 0.12;
  static final double NO_ANSWER_SHARE = 0.08;

  private final Random rnd;
  private final List<PlannedParticipant> pool;

  ApplicationPlanner(Random rnd, List<PlannedParticipant> pool) {
    this.rnd = rnd;
    this.pool = pool;
  }

  /**
   * Answers, reviews of the first {@code reviewed} applications (about 15 % of them rejected, at
   * least one) and the answer each would give to an offer (exact shares: 80 % accept, 12 % decline,
   * 8 % never answer).
   */
  List<PlannedApplication> applications(
      List<Integer> applicants, List<Question> questions, Craft focus, int reviewed, int seats) {
    int n = applicants.size();
    List<PlannedReview> reviews = new ArrayList<>(Collections.nCopies(n, (PlannedReview) null));
    List<Integer> reviewedOnes = new ArrayList<>(IntStream.range(0, reviewed).boxed().toList());
    Collections.shuffle(reviewedOnes, rnd);
    int rejected = reviewed == 0 ? 0 : Math.max(1, (int) Math.round(reviewed * REJECTED_SHARE));
    for (int k = 0; k < reviewedOnes.size(); k++) {
      reviews.set(
          reviewedOnes.get(k),
          k < rejected
              ? PlannedReview.rejected(REJECTION_REASONS.get(rnd.nextInt(REJECTION_REASONS.size())))
              : PlannedReview.shortlisted(50 + rnd.nextInt(49)));
    }
    List<OfferAnswer> answers = offerAnswers(n);
    showEachAnswer(reviews, answers, seats);
    List<PlannedApplication> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      PlannedParticipant who = pool.get(applicants.get(i));
      out.add(
          new PlannedApplication(
              who.index(),
              AnswerBook.answers(rnd, questions, who, focus),
              reviews.get(i),
              answers.get(i)));
    }
    return List.copyOf(out);
  }

  private List<OfferAnswer> offerAnswers(int n) {
    int declines = (int) Math.round(n * DECLINE_SHARE);
    int silent = (int) Math.round(n * NO_ANSWER_SHARE);
    List<OfferAnswer> answers = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      answers.add(
          i < declines
              ? OfferAnswer.DECLINE
              : i < declines + silent ? OfferAnswer.NONE : OfferAnswer.ACCEPT);
    }
    Collections.shuffle(answers, rnd);
    return answers;
  }

  /**
   * A small (scaled) plan still shows a decline (and the reserve offer it causes) and an offer
   * never answered: if none of the best-scored shortlisted applicants (those a selection most
   * likely offers a seat) would answer so, one of them who would accept swaps answers with someone
   * who would. The shares stay exact.
   */
  private static void showEachAnswer(
      List<PlannedReview> reviews, List<OfferAnswer> answers, int seats) {
    List<Integer> best =
        IntStream.range(0, reviews.size())
            .filter(i -> reviews.get(i) != null && reviews.get(i).shortlisted())
            .boxed()
            .sorted(Comparator.comparing((Integer i) -> -reviews.get(i).score()))
            .limit(seats)
            .toList();
    for (OfferAnswer shown : List.of(OfferAnswer.DECLINE, OfferAnswer.NONE)) {
      if (best.stream().anyMatch(i -> answers.get(i) == shown)) {
        continue;
      }
      int other = answers.indexOf(shown);
      best.stream()
          .filter(i -> answers.get(i) == OfferAnswer.ACCEPT)
          .findFirst()
          .ifPresent(
              accepting -> {
                if (other >= 0) {
                  Collections.swap(answers, accepting, other);
                }
              });
    }
  }
}
