package org.crewtraining.program.programme;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.programs.Audience;
import org.crewtraining.events.programs.DeliveryMode;
import org.crewtraining.events.programs.ProgramCancellationReason;
import org.crewtraining.events.programs.ProgramFormat;
import org.crewtraining.events.programs.ScheduleChangeReason;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The request rules, without Spring: each bad value is reported on the field that holds it. */
class ProgramRequestValidationTest {

  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();
  private static final LocalDate START = LocalDate.of(2026, 3, 2);

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  static CreateProgram valid() {
    return new CreateProgram(
        "Colour grading for streaming series",
        List.of("KOCCA", "Korean Film Council"),
        ProgramFormat.SHORT_COURSE,
        CraftTrack.POST_PRODUCTION,
        Audience.INDUSTRY_WORKER,
        20,
        START,
        START.plusDays(27),
        DeliveryMode.HYBRID,
        2026,
        "Busan",
        40,
        "ko");
  }

  @Test
  void aCompleteRequestAndOneWithOnlyTheRequiredFieldsAreValid() {
    CreateProgram minimal =
        new CreateProgram(
            "T",
            List.of("P"),
            ProgramFormat.OTHER,
            CraftTrack.OTHER,
            Audience.OPEN,
            1,
            START,
            START,
            DeliveryMode.ONLINE,
            2000,
            null,
            null,
            null);
    assertThat(VALIDATOR.validate(valid())).isEmpty();
    assertThat(VALIDATOR.validate(minimal)).isEmpty();
    assertThat(minimal.languageOrDefault()).isEqualTo("ko");
  }

  static Stream<Arguments> badCreateRequests() {
    return Stream.of(
        bad("title", r -> with(r, 0, "")),
        bad("title", r -> with(r, 0, "x".repeat(201))),
        bad("partners", r -> with(r, 1, List.of())),
        bad(
            "partners",
            r -> with(r, 1, List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"))),
        bad("partners[1]", r -> with(r, 1, List.of("KOCCA", " "))),
        bad("format", r -> with(r, 2, null)),
        bad("audience", r -> with(r, 4, Audience.UNKNOWN)),
        bad("capacity", r -> with(r, 5, 0)),
        bad("capacity", r -> with(r, 5, 10_001)),
        bad("endDate", r -> with(r, 7, START.minusDays(1))),
        bad("cohortYear", r -> with(r, 9, 1999)),
        bad("cohortYear", r -> with(r, 9, 2101)),
        bad("plannedHours", r -> with(r, 11, 0)),
        bad("plannedHours", r -> with(r, 11, 2001)),
        bad("instructionLanguage", r -> with(r, 12, "Korean language")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badCreateRequests")
  void aBadCreateValueIsReportedOnItsField(String field, UnaryOperator<CreateProgram> breaker) {
    Set<ConstraintViolation<CreateProgram>> violations = VALIDATOR.validate(breaker.apply(valid()));
    // Spring reports container elements as "partners[1]"; Hibernate adds the element node
    assertThat(violations)
        .extracting(v -> v.getPropertyPath().toString().replace(".<list element>", ""))
        .containsExactly(field);
  }

  @Test
  void boundaryValuesAreAccepted() {
    assertThat(VALIDATOR.validate(with(valid(), 0, "x".repeat(200)))).isEmpty();
    assertThat(VALIDATOR.validate(with(valid(), 5, 10_000))).isEmpty();
    assertThat(VALIDATOR.validate(with(valid(), 11, 2000))).isEmpty();
    assertThat(VALIDATOR.validate(with(valid(), 12, "zh-Hant-TW"))).isEmpty();
  }

  @Test
  void scheduleCapacityAndCancelRequestsHaveTheirOwnRules() {
    assertThat(VALIDATOR.validate(new ChangeSchedule(START, START.minusDays(1), null, null)))
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactly("endDate");
    assertThat(VALIDATOR.validate(new ChangeSchedule(START, START, null, null))).isEmpty();
    assertThat(
            VALIDATOR.validate(
                new ChangeSchedule(
                    START, START, ScheduleChangeReason.VENUE_AVAILABILITY, "x".repeat(500))))
        .isEmpty();
    assertThat(
            VALIDATOR.validate(
                new ChangeSchedule(START, START, ScheduleChangeReason.UNSPECIFIED, null)))
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactly("reasonCode");
    assertThat(VALIDATOR.validate(new ChangeSchedule(START, START, null, "x".repeat(501))))
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactly("note");
    assertThat(VALIDATOR.validate(new ChangeCapacity(null))).hasSize(1);
    assertThat(VALIDATOR.validate(new ChangeCapacity(10_001))).hasSize(1);
    assertThat(VALIDATOR.validate(new CancelProgram(null, "instructor ill"))).hasSize(1);
    assertThat(VALIDATOR.validate(new CancelProgram(ProgramCancellationReason.UNSPECIFIED, null)))
        .hasSize(1);
    assertThat(
            VALIDATOR.validate(
                new CancelProgram(ProgramCancellationReason.LOW_ENROLMENT, "x".repeat(501))))
        .hasSize(1);
    assertThat(
            VALIDATOR.validate(
                new CancelProgram(ProgramCancellationReason.LOW_ENROLMENT, "x".repeat(500))))
        .isEmpty();
  }

  private static Arguments bad(String field, UnaryOperator<CreateProgram> breaker) {
    return Arguments.of(field, breaker);
  }

  /** A copy of the request with one record component replaced. */
  static CreateProgram with(CreateProgram r, int component, Object value) {
    Object[] values =
        Arrays.stream(CreateProgram.class.getRecordComponents())
            .map(
                c -> {
                  try {
                    return c.getAccessor().invoke(r);
                  } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                  }
                })
            .toArray();
    values[component] = value;
    try {
      return (CreateProgram) CreateProgram.class.getDeclaredConstructors()[0].newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
