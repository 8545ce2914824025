package org.crewtraining.reporting.replay;

import java.time.Instant;

/**
 * Progress of one rebuild, as served by GET /api/admin/rebuilds/{id}.
 *
 * @param phase REPLAYING (start of the log to the end seen at start), CATCHING_UP (events written
 *     meanwhile), SWITCHING (live projection paused, last events, atomic swap), DONE or FAILED
 * @param recordsRead log records read so far
 * @param recordsTotal records in the log up to the newest end offsets seen (grows while catching
 *     up)
 * @param percent recordsRead / recordsTotal in %, 100 when done
 * @param etaSeconds time left at the current rate; null until there is a rate
 */
public record RebuildStatus(
    String id,
    String phase,
    Instant startedAt,
    Instant finishedAt,
    long recordsRead,
    long recordsTotal,
    long eventsApplied,
    double eventsPerSecond,
    double percent,
    Long etaSeconds,
    String error) {}
