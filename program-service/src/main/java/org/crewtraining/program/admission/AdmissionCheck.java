package org.crewtraining.program.admission;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crewtraining.events.programs.ApplicationQuestion;
import org.crewtraining.program.programme.AdmissionMode;
import org.crewtraining.support.web.InvalidFieldException;

/**
 * The rules of an admission that need the programme: its capacity and its start date. Pure, so each
 * rule is covered by a unit test. Bean validation has already checked each field on its own, and
 * the JSON binding the instants' range and millisecond precision (service-support's input rules).
 */
public final class AdmissionCheck {

  /** Programme dates are Korean calendar dates; a programme starts at 00:00 there. */
  public static final ZoneId PROGRAMME_ZONE = ZoneId.of("Asia/Seoul");

  private AdmissionCheck() {}

  /**
   * @return the admission by application the request describes; empty for FIRST_COME
   * @throws InvalidFieldException (400) naming the first field that breaks a rule
   */
  public static Optional<AdmissionByApplication> admissionOf(
      SetAdmission request, int capacity, LocalDate startDate) {
    if (request.mode() == AdmissionMode.FIRST_COME) {
      refuseApplicationFields(request);
      return Optional.empty();
    }
    Instant opensAt = required("applicationsOpenAt", request.applicationsOpenAt());
    Instant closesAt = required("applicationsCloseAt", request.applicationsCloseAt());
    if (request.offerValidityHours() == null) {
      throw new InvalidFieldException("offerValidityHours", "is required for mode APPLICATION");
    }
    if (!closesAt.isAfter(opensAt)) {
      throw new InvalidFieldException("applicationsCloseAt", "must be after applicationsOpenAt");
    }
    Instant start = startOf(startDate);
    if (!closesAt.isBefore(start)) {
      throw new InvalidFieldException(
          "applicationsCloseAt",
          "must be before the programme starts, "
              + start.atZone(PROGRAMME_ZONE).toOffsetDateTime());
    }
    List<ApplicationQuestion> questions = orEmpty(request.questions());
    checkQuestions(questions);
    List<Quota> quotas = orEmpty(request.quotas());
    checkQuotas(quotas, capacity);
    return Optional.of(
        new AdmissionByApplication(
            opensAt, closesAt, questions, quotas, request.offerValidityHours()));
  }

  /** The first instant of {@code date} in Korea. */
  public static Instant startOf(LocalDate date) {
    return date.atStartOfDay(PROGRAMME_ZONE).toInstant();
  }

  private static void refuseApplicationFields(SetAdmission request) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("applicationsOpenAt", request.applicationsOpenAt());
    fields.put("applicationsCloseAt", request.applicationsCloseAt());
    fields.put("questions", request.questions());
    fields.put("quotas", request.quotas());
    fields.put("offerValidityHours", request.offerValidityHours());
    for (Map.Entry<String, Object> field : fields.entrySet()) {
      if (field.getValue() != null) {
        throw new InvalidFieldException(field.getKey(), "is only for mode APPLICATION");
      }
    }
  }

  private static Instant required(String field, OffsetDateTime value) {
    if (value == null) {
      throw new InvalidFieldException(field, "is required for mode APPLICATION");
    }
    return value.toInstant();
  }

  private static void checkQuestions(List<ApplicationQuestion> questions) {
    Set<ApplicationQuestion> seen = new HashSet<>();
    for (int i = 0; i < questions.size(); i++) {
      ApplicationQuestion question = questions.get(i);
      String field = "questions[" + i + "]";
      if (question == ApplicationQuestion.UNSPECIFIED) {
        throw new InvalidFieldException(
            field, "UNSPECIFIED is only for readers of old events; name a real question");
      }
      if (!seen.add(question)) {
        throw new InvalidFieldException(field, "is listed twice");
      }
    }
  }

  /**
   * Each quota for exactly one group, no group twice, 0 <= minSeats <= maxSeats <= capacity, and
   * the minimums together within the capacity.
   */
  private static void checkQuotas(List<Quota> quotas, int capacity) {
    Map<Object, Integer> groups = new HashMap<>();
    long minimums = 0;
    for (int i = 0; i < quotas.size(); i++) {
      Quota quota = quotas.get(i);
      String field = "quotas[" + i + "]";
      if ((quota.participantType() == null) == (quota.craft() == null)) {
        throw new InvalidFieldException(
            field, "must name exactly one of participantType and craft");
      }
      Integer earlier = groups.putIfAbsent(quota.group(), i);
      if (earlier != null) {
        throw new InvalidFieldException(
            field + "." + quota.groupField(),
            quota.group() + " already has a quota: quotas[" + earlier + "]");
      }
      if (quota.maxSeats() < quota.minSeats()) {
        throw new InvalidFieldException(
            field + ".maxSeats", "must be at least minSeats (" + quota.minSeats() + ")");
      }
      if (quota.maxSeats() > capacity) {
        throw new InvalidFieldException(
            field + ".maxSeats", "must not exceed the capacity (" + capacity + ")");
      }
      minimums += quota.minSeats();
    }
    if (minimums > capacity) {
      throw new InvalidFieldException(
          "quotas",
          "the minSeats together ("
              + minimums
              + ") must not exceed the capacity ("
              + capacity
              + ")");
    }
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : new ArrayList<>(list);
  }
}
