package org.crewtraining.enrollment.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.crewtraining.enrollment.config.EnrollmentProperties;
import org.crewtraining.enrollment.consent.ConsentPurpose;
import org.crewtraining.enrollment.erasure.ErasureService;
import org.crewtraining.enrollment.support.EnrollmentIntegrationTest;
import org.crewtraining.enrollment.support.HttpApi.Response;
import org.crewtraining.events.enrollments.ErasureBasis;
import org.crewtraining.events.enrollments.ErasureReason;
import org.crewtraining.events.enrollments.ParticipantErased;
import org.crewtraining.events.programs.Audience;
import org.crewtraining.events.programs.ProgramCreated;
import org.crewtraining.events.programs.ProgramPublished;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Retention on a fixed clock: 3 years after the last programme, 5 while alumni news is held. */
class RetentionTest extends EnrollmentIntegrationTest {

  @Autowired RetentionRepository repository;
  @Autowired RetentionProperties properties;
  @Autowired EnrollmentProperties enrollment;
  @Autowired ErasureService erasures;
  @Autowired TransactionTemplate transactions;
  @Autowired DataSource dataSource;

  private RetentionPolicy policyAt(String instant) {
    return new RetentionPolicy(
        repository, properties, enrollment, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
  }

  private String programmeEnding(LocalDate end) {
    String programId = "prg-" + UUID.randomUUID();
    ProgramCreated created =
        ProgramCreated.newBuilder(created(programId, 10, Audience.OPEN))
            .setStartDate(end.minusDays(20))
            .setEndDate(end)
            .build();
    sendProgramEvent(created);
    sendProgramEvent(new ProgramPublished(programServiceMetadata(), programId, null, null));
    return programId;
  }

  /** A participant registered in 2015 (the registration is a use too), enrolled in a programme. */
  private String participantOf(String programId, String... optional) {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    List<Map<String, Object>> consents = new java.util.ArrayList<>(REQUIRED_CONSENT);
    for (String purpose : optional) {
      consents.add(Map.of("purpose", purpose, "noticeVersion", "2015-01"));
    }
    Response created =
        api.post(
            "/participants",
            Map.of(
                "name",
                "Retained Park " + tag,
                "email",
                "park." + tag + "@example.kr",
                "organisation",
                "Retention Studio",
                "participantType",
                "INDUSTRY_WORKER",
                "craft",
                "SOUND",
                "consents",
                consents));
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    String id = created.text("participantId");
    jdbc.sql(
            "UPDATE participant SET registered_at = '2015-01-01T00:00:00Z' WHERE participant_id = ?")
        .param(id)
        .update();
    assertThat(enrol(programId, id).status()).isEqualTo(201);
    return id;
  }

  private static List<String> ids(RetentionDue due) {
    return due.due().stream().map(RetentionDue.Participant::participantId).toList();
  }

  @Test
  void dueTheDayAfterTheLongestPeriodOfThePurposesThatApply() {
    String ended2019 = programmeEnding(LocalDate.of(2019, 6, 30));
    String ended2022 = programmeEnding(LocalDate.of(2022, 12, 1));
    String a = participantOf(ended2019);
    String b = participantOf(ended2019, "ALUMNI_NEWS");
    String c = participantOf(ended2022);

    // 2022-06-30 in Seoul: the last day of A's 3 years; the next day A is due.
    assertThat(ids(policyAt("2022-06-30T14:59:59Z").due())).doesNotContain(a, b, c);
    RetentionDue nextDay = policyAt("2022-06-30T15:00:00Z").due();
    assertThat(nextDay.today()).isEqualTo(LocalDate.of(2022, 7, 1));
    assertThat(ids(nextDay)).contains(a).doesNotContain(b, c);
    RetentionDue.Participant dueA =
        nextDay.due().stream().filter(p -> p.participantId().equals(a)).findFirst().orElseThrow();
    assertThat(dueA.lastUse()).isEqualTo(LocalDate.of(2019, 6, 30));
    assertThat(dueA.retainedUntil()).isEqualTo(LocalDate.of(2022, 6, 30));
    assertThat(dueA.purposes()).containsExactly(ConsentPurpose.TRAINING_ADMINISTRATION);

    // B holds alumni news: 5 years; once withdrawn, 3 years again.
    assertThat(ids(policyAt("2024-06-30T14:00:00Z").due())).contains(a).doesNotContain(b, c);
    assertThat(ids(policyAt("2024-07-01T00:00:00Z").due())).contains(a, b).doesNotContain(c);
    api.post("/participants/" + b + "/consents/ALUMNI_NEWS/withdrawal", Map.of());
    assertThat(ids(policyAt("2023-01-01T00:00:00Z").due())).contains(a, b).doesNotContain(c);
    // the dry run changed nothing
    assertThat(
            count(
                "SELECT count(*) FROM participant WHERE participant_id = ANY (?)"
                    + " AND email IS NOT NULL",
                (Object) new String[] {a, b, c}))
        .isEqualTo(3);
  }

  @Test
  void theJobErasesWhoIsDueAndNeverRunsOnTwoInstancesAtOnce() throws Exception {
    String ended2019 = programmeEnding(LocalDate.of(2019, 6, 30));
    String a = participantOf(ended2019);
    String b = participantOf(ended2019, "ALUMNI_NEWS");
    RetentionJob job =
        new RetentionJob(repository, policyAt("2023-01-01T00:00:00Z"), erasures, transactions);
    Response report = api.get("/participants/retention-due");
    assertThat(report.status()).isEqualTo(200);
    assertThat(report.body().get("due").valueStream().map(p -> p.get("participantId").asString()))
        .contains(a, b);

    // Another instance is running: this one skips, erasing nothing.
    try (Connection other = dataSource.getConnection();
        Statement statement = other.createStatement()) {
      statement.execute("SELECT pg_advisory_lock(" + RetentionRepository.LOCK_KEY + ")");
      assertThat(job.eraseDue()).isEqualTo(-1);
      assertThat(
              count(
                  "SELECT count(*) FROM participant WHERE erased_at IS NOT NULL"
                      + " AND participant_id = ?",
                  a))
          .isZero();
      statement.execute("SELECT pg_advisory_unlock(" + RetentionRepository.LOCK_KEY + ")");
    }

    assertThat(job.eraseDue()).isGreaterThanOrEqualTo(1);

    Response erased = api.get("/participants/" + a);
    assertThat(erased.body().get("email").isNull()).isTrue();
    assertThat(erased.body().get("erasure").get("basis").asString()).isEqualTo("RETENTION");
    assertThat(erased.body().get("erasure").get("reasonCode").asString())
        .isEqualTo("RETENTION_PERIOD_ENDED");
    assertThat(api.get("/participants/" + b).body().get("email").isNull()).isFalse();
    ParticipantErased event = (ParticipantErased) published.of(a).get(0).event();
    assertThat(event.getBasis()).isEqualTo(ErasureBasis.RETENTION);
    assertThat(event.getReasonCode()).isEqualTo(ErasureReason.RETENTION_PERIOD_ENDED);
    assertThat(event.getMetadata().getActor()).isEqualTo(RetentionJob.ACTOR);
    assertThat(job.eraseDue()).as("nothing left due on that day").isZero();
  }
}
