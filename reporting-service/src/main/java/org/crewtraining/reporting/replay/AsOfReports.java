package org.crewtraining.reporting.replay;

import java.time.Instant;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.readmodels.AsOfReport;
import org.crewtraining.readmodels.CrewFilter;
import org.crewtraining.readmodels.Replay;
import org.crewtraining.readmodels.ReportPeriod;
import org.crewtraining.reporting.audit.AuditStore;
import org.crewtraining.support.security.PartnerScope;
import org.springframework.stereotype.Service;

/**
 * The read models of a business period as known at an instant (the knowledge time), folded in
 * memory from the audit trail's original event bytes (occurredAt at or before the instant, in log
 * order). Every programme's events are folded, since whether a programme is in the period depends
 * on its cohort year and end date as known then; the fold is then restricted to the period. The
 * live tables are not touched, and the broker is not needed: the trail is the service's own copy of
 * the log.
 */
@Service
public class AsOfReports {

  private final AuditStore audit;
  private final EventCodec codec;

  AsOfReports(AuditStore audit, EventCodec codec) {
    this.audit = audit;
    this.codec = codec;
  }

  /** Every programme as known at the instant, as an unbound caller sees it. */
  public AsOfReport at(Instant instant) {
    return report(instant, ReportPeriod.ALL, PartnerScope.UNRESTRICTED);
  }

  /**
   * The period's programmes as known at the instant, as a caller with this scope sees them: folded
   * from the whole trail (a programme's partners and period are known from its own events), then
   * restricted to the visible programmes with their enrollments and applications, and to the
   * period; for a bound caller {@code events} counts only the visible programmes' events.
   */
  public AsOfReport report(Instant knownAt, ReportPeriod period, PartnerScope scope) {
    Replay replay = Replay.asOf(knownAt);
    audit.rawInLogOrder(knownAt, raw -> replay.accept(codec.decode(raw)));
    if (scope.unrestricted()) {
      return replay.report(period, CrewFilter.ANY);
    }
    return AsOfReport.of(
        knownAt,
        period,
        audit.countInLog(knownAt, scope),
        replay.state().ofPartners(scope.partners()),
        CrewFilter.ANY);
  }
}
