package org.crewtraining.reporting.replay;

import java.time.Instant;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.readmodels.AsOfReport;
import org.crewtraining.readmodels.Replay;
import org.crewtraining.reporting.audit.AuditStore;
import org.crewtraining.support.security.PartnerScope;
import org.springframework.stereotype.Service;

/**
 * The read models as they stood at an instant, folded in memory from the audit trail's original
 * event bytes (occurredAt at or before the instant, in log order). The live tables are not touched,
 * and the broker is not needed: the trail is the service's own copy of the log.
 */
@Service
public class AsOfReports {

  private final AuditStore audit;
  private final EventCodec codec;

  AsOfReports(AuditStore audit, EventCodec codec) {
    this.audit = audit;
    this.codec = codec;
  }

  public AsOfReport at(Instant instant) {
    Replay replay = Replay.asOf(instant);
    audit.rawInLogOrder(instant, raw -> replay.accept(codec.decode(raw)));
    return AsOfReport.of(instant, replay.applied(), replay.state());
  }

  /**
   * The report as a caller with this scope sees it: folded from the whole trail (a programme's
   * partners are known from its ProgramCreated), then restricted to the visible programmes with
   * their enrollments and applications; {@code events} counts only those programmes' events.
   */
  public AsOfReport at(Instant instant, PartnerScope scope) {
    if (scope.unrestricted()) {
      return at(instant);
    }
    Replay replay = Replay.asOf(instant);
    audit.rawInLogOrder(instant, raw -> replay.accept(codec.decode(raw)));
    return AsOfReport.of(
        instant, audit.countInLog(instant, scope), replay.state().ofPartners(scope.partners()));
  }
}
