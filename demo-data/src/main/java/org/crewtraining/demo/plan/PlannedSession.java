package org.crewtraining.demo.plan;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One meeting of a programme, as program-service schedules it (Asia/Seoul local times).
 *
 * @param contactMinutes what the session counts toward planned and attended minutes (breaks
 *     excluded, so at most end − start)
 */
public record PlannedSession(
    LocalDate date,
    LocalTime startTime,
    LocalTime endTime,
    int contactMinutes,
    String deliveryMode,
    String topic,
    String location) {}
