package org.crewtraining.enrollment.access;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.crewtraining.enrollment.consent.Consents;
import org.crewtraining.enrollment.participant.Participant;

/**
 * Everything this service holds about one participant, for their access request: the personal data,
 * consents, enrolments, applications (with their answers) and certificates. Each enrolment,
 * application and certificate is its stored columns by name, so a column added later shows up.
 */
public record AccessExport(
    Instant exportedAt,
    Participant participant,
    Consents consents,
    List<Map<String, Object>> enrollments,
    List<Map<String, Object>> applications,
    List<Map<String, Object>> certificates) {}
