package org.crewtraining.enrollment.retention;

import java.util.UUID;
import org.crewtraining.enrollment.erasure.ErasureService;
import org.crewtraining.enrollment.participation.EventCause;
import org.crewtraining.events.enrollments.ErasureBasis;
import org.crewtraining.events.enrollments.ErasureReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Daily: erases every participant past retention (what {@link RetentionPolicy#due()} reports), in
 * one transaction holding a PostgreSQL advisory lock, so of several instances exactly one runs and
 * the others skip the day's run. ShedLock is not among the build's dependencies; the lock ends with
 * the transaction, so a crashed run leaves no lock behind.
 */
@Component
class RetentionJob {

  /** The system account named as the actor of the erasures. */
  static final String ACTOR = "enrollment-service/retention";

  private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

  private final RetentionRepository repository;
  private final RetentionPolicy policy;
  private final ErasureService erasures;
  private final TransactionTemplate transactions;

  RetentionJob(
      RetentionRepository repository,
      RetentionPolicy policy,
      ErasureService erasures,
      TransactionTemplate transactions) {
    this.repository = repository;
    this.policy = policy;
    this.erasures = erasures;
    this.transactions = transactions;
  }

  @Scheduled(
      cron = "${crew.enrollment.retention.cron:" + RetentionProperties.DEFAULT_CRON + "}",
      zone = "${crew.enrollment.time-zone:Asia/Seoul}")
  void run() {
    try {
      int erased = eraseDue();
      // Counts and pseudonymous ids only: never a name or an address in a log line.
      log.info("Retention: {} participants erased", erased);
    } catch (RuntimeException e) {
      // The next day's run retries; an outage must not end the schedule.
      log.warn("Retention run failed: {}", e.toString());
    }
  }

  /**
   * @return how many participants this call erased; -1 when another instance holds the lock
   */
  int eraseDue() {
    Integer erased =
        transactions.execute(
            status -> {
              if (!repository.tryLock()) {
                return -1;
              }
              EventCause cause = new EventCause(UUID.randomUUID().toString(), null, ACTOR);
              RetentionDue due = policy.due();
              for (RetentionDue.Participant p : due.due()) {
                erasures.erase(
                    p.participantId(),
                    ErasureBasis.RETENTION,
                    ErasureReason.RETENTION_PERIOD_ENDED,
                    cause);
              }
              return due.due().size();
            });
    return erased == null ? 0 : erased;
  }
}
