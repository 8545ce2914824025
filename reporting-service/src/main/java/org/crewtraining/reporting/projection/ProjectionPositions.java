package org.crewtraining.reporting.projection;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.common.TopicPartition;
import org.crewtraining.support.outbox.ProcessedEvents;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The projection's position per partition ({@code projection_position}): the offset of the next
 * record to apply, moved in the same transaction as the rows the records before it produced. It,
 * not the consumer group's committed offset, decides what has been applied (ADR 0004).
 */
@Repository
public class ProjectionPositions {

  /** The projection's consumer name in processed_event, from before positions were stored. */
  static final String LEGACY_CONSUMER = "reporting-projection";

  private static final String PARTITIONS =
      "(topic, kafka_partition) IN (SELECT * FROM unnest(?::text[], ?::int[]))";

  private final JdbcTemplate jdbc;
  private final ProcessedEvents legacyClaims;

  public ProjectionPositions(JdbcTemplate jdbc, ProcessedEvents legacyClaims) {
    this.jdbc = jdbc;
    this.legacyClaims = legacyClaims;
  }

  /** The stored positions of these partitions, without locking (where to seek on assignment). */
  public Map<TopicPartition, Long> read(Collection<TopicPartition> partitions) {
    return select(
        "SELECT topic, kafka_partition, next_offset FROM projection_position WHERE " + PARTITIONS,
        partitions);
  }

  /**
   * Locks and returns the positions of these partitions until the caller's transaction ends, in one
   * order (so two instances never deadlock on them). A partition without a row gets one at 0: the
   * insert waits for another instance inserting the same row, and the re-read sees its value. A
   * zombie instance that lost a partition therefore waits here, then sees the position its
   * successor stored and applies none of the records before it.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Map<TopicPartition, Long> lock(Collection<TopicPartition> partitions) {
    String sql =
        "SELECT topic, kafka_partition, next_offset FROM projection_position WHERE "
            + PARTITIONS
            + " ORDER BY topic, kafka_partition FOR UPDATE";
    Map<TopicPartition, Long> positions = select(sql, partitions);
    if (positions.size() < partitions.size()) {
      List<TopicPartition> missing =
          partitions.stream().filter(p -> !positions.containsKey(p)).toList();
      jdbc.update(
          "INSERT INTO projection_position (topic, kafka_partition, next_offset)"
              + " SELECT t, p, 0 FROM unnest(?::text[], ?::int[]) AS m(t, p)"
              + " ORDER BY t, p ON CONFLICT DO NOTHING",
          topics(missing),
          numbers(missing));
      positions.putAll(select(sql, missing));
    }
    return positions;
  }

  /** Moves these partitions on to the given next offsets, in the caller's transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void advance(Map<TopicPartition, Long> nextOffsets) {
    List<TopicPartition> partitions = List.copyOf(nextOffsets.keySet());
    jdbc.update(
        "UPDATE projection_position SET next_offset = v.next"
            + " FROM unnest(?::text[], ?::int[], ?::bigint[]) AS v(t, p, next)"
            + " WHERE topic = v.t AND kafka_partition = v.p",
        topics(partitions),
        numbers(partitions),
        partitions.stream().map(nextOffsets::get).toArray(Long[]::new));
  }

  /**
   * Sets these positions whatever they were, in the caller's transaction: a rebuild hands its own
   * over to the live projection when it switches generations.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void replace(Map<TopicPartition, Long> nextOffsets) {
    List<TopicPartition> partitions = List.copyOf(nextOffsets.keySet());
    jdbc.update(
        "INSERT INTO projection_position (topic, kafka_partition, next_offset)"
            + " SELECT * FROM unnest(?::text[], ?::int[], ?::bigint[])"
            + " ON CONFLICT (topic, kafka_partition) DO UPDATE SET next_offset = EXCLUDED.next_offset",
        topics(partitions),
        numbers(partitions),
        partitions.stream().map(nextOffsets::get).toArray(Long[]::new));
  }

  /** Every stored position (the verifier folds exactly the records before them). */
  public Map<TopicPartition, Long> all() {
    Map<TopicPartition, Long> positions = new HashMap<>();
    jdbc.query(
        "SELECT topic, kafka_partition, next_offset FROM projection_position",
        rs -> {
          positions.put(new TopicPartition(rs.getString(1), rs.getInt(2)), rs.getLong(3));
        });
    return positions;
  }

  /**
   * Of these event ids, those the projection claimed per event before it stored positions: only
   * asked for a partition that had no position yet, so an upgrade applies nothing twice.
   */
  Set<UUID> claimedBeforePositions(Collection<UUID> eventIds) {
    return legacyClaims.claimedAmong(LEGACY_CONSUMER, eventIds);
  }

  private Map<TopicPartition, Long> select(String sql, Collection<TopicPartition> partitions) {
    Map<TopicPartition, Long> positions = new HashMap<>();
    jdbc.query(
        sql,
        rs -> {
          positions.put(new TopicPartition(rs.getString(1), rs.getInt(2)), rs.getLong(3));
        },
        topics(partitions),
        numbers(partitions));
    return positions;
  }

  private static String[] topics(Collection<TopicPartition> partitions) {
    return partitions.stream().map(TopicPartition::topic).toArray(String[]::new);
  }

  private static Integer[] numbers(Collection<TopicPartition> partitions) {
    return partitions.stream().map(TopicPartition::partition).toArray(Integer[]::new);
  }
}
