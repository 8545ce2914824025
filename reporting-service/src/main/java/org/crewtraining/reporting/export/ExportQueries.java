package org.crewtraining.reporting.export;

import java.util.function.Consumer;
import javax.sql.DataSource;
import org.crewtraining.readmodels.ProgramSummary;
import org.crewtraining.readmodels.report.AuditTrailTable.EventRow;
import org.crewtraining.reporting.audit.AuditFilter;
import org.crewtraining.reporting.audit.AuditStore;
import org.crewtraining.reporting.audit.AuditedEvent;
import org.crewtraining.reporting.projection.FigureTotalsColumns;
import org.crewtraining.reporting.projection.ProjectionRows;
import org.crewtraining.reporting.query.FilterConditions;
import org.crewtraining.reporting.query.ProgramFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The exports whose rows can be many, read through a database cursor in a read-only transaction
 * ({@link #FETCH_SIZE} rows per round trip) and handed on one by one: memory stays bounded whatever
 * the number of rows.
 */
@Repository
public class ExportQueries {

  /** Rows per round trip; PostgreSQL honours it only inside a transaction (server-side cursor). */
  static final int FETCH_SIZE = 500;

  private final NamedParameterJdbcTemplate streaming;
  private final TransactionTemplate readOnly;
  private final AuditStore audit;

  public ExportQueries(DataSource dataSource, PlatformTransactionManager txm, AuditStore audit) {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.setFetchSize(FETCH_SIZE);
    this.streaming = new NamedParameterJdbcTemplate(jdbc);
    this.readOnly = new TransactionTemplate(txm);
    this.readOnly.setReadOnly(true);
    this.audit = audit;
  }

  /** Every programme the filter selects, by programme id (code point order), as the list's. */
  public void programs(ProgramFilter filter, Consumer<ProgramSummary> sink) {
    FilterConditions conditions = filter.conditions();
    readOnly.executeWithoutResult(
        tx ->
            streaming.query(
                "SELECT p.* FROM program p"
                    + conditions.where()
                    + " ORDER BY p.program_id COLLATE \"C\"",
                conditions.params(),
                rs -> {
                  sink.accept(
                      ProgramSummary.of(
                          ProjectionRows.program(rs), FigureTotalsColumns.read(rs).figures()));
                }));
  }

  /** Every event of the trail the filter selects, in trail order (occurredAt, event id). */
  public void auditEvents(AuditFilter filter, Consumer<EventRow> sink) {
    audit.stream(filter, rs -> sink.accept(row(audit.event(rs))));
  }

  static EventRow row(AuditedEvent e) {
    return new EventRow(
        e.eventId(),
        e.type(),
        e.topic(),
        e.partition(),
        e.offset(),
        e.key(),
        e.occurredAt(),
        e.source(),
        e.correlationId(),
        e.causationId(),
        e.actor(),
        e.programId(),
        e.participantId(),
        e.enrollmentId(),
        e.payload());
  }
}
