package org.crewtraining.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crewtraining.hostile.Fixtures.JSON;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.crewtraining.support.testing.PostgresTestDatabase;

/**
 * One reason-carrying command (cancel, schedule, withdraw) in one body shape with one hostile note:
 * the old {@code reason} and bad codes are refused; whatever is accepted writes events that carry
 * neither the note nor the participant's name or e-mail (checked on the outbox rows the command and
 * its consequences wrote; the whole bus is scanned at the end of the campaign).
 */
final class ReasonCodeAttack {

  private final Services services;
  private final Targets targets;
  private final Campaign campaign;
  private final Contract contract;
  private final Secrets secrets;

  ReasonCodeAttack(
      Services services, Targets targets, Campaign campaign, Contract contract, Secrets secrets) {
    this.services = services;
    this.targets = targets;
    this.campaign = campaign;
    this.contract = contract;
    this.secrets = secrets;
  }

  void run(NoteAttacks.Command command, NoteAttacks.Shape shape, String template) {
    String url;
    Targets.Participant participant;
    Map<String, String> body = new LinkedHashMap<>();
    switch (command) {
      case CANCEL_DRAFT -> {
        url = services.programUrl + "/programs/" + targets.draft() + "/cancel";
        participant = targets.participant();
      }
      case CANCEL_WITH_ENROLLMENT -> {
        Targets.Enrolled enrolled = targets.enrolled(targets.published());
        url = services.programUrl + "/programs/" + enrolled.programId() + "/cancel";
        participant = enrolled.participant();
      }
      case SCHEDULE -> {
        url = services.programUrl + "/programs/" + targets.draft() + "/schedule";
        LocalDate start =
            LocalDate.of(2025, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(300));
        body.put("startDate", JsonText.quote(start.toString()));
        body.put("endDate", JsonText.quote(start.plusDays(5).toString()));
        participant = targets.participant();
      }
      case WITHDRAW -> {
        Targets.Enrolled enrolled = targets.enrolled(targets.published());
        url = services.enrollmentUrl + "/enrollments/" + enrolled.enrollmentId() + "/withdrawal";
        participant = enrolled.participant();
      }
      default -> throw new IllegalArgumentException(command.name());
    }
    String marker = "#" + UUID.randomUUID().toString().substring(0, 8);
    String note =
        template.replace("{email}", participant.email()).replace("{name}", participant.name())
            + " "
            + marker;
    List<String> texts = new ArrayList<>(NoteAttacks.needles(note, marker));
    texts.add(participant.email());
    texts.add(participant.name());
    List<String> needles = Secrets.searchable(texts);
    secrets.add(needles.toArray(String[]::new));
    List<String> codes = contract.codes(command);
    String code = codes.get(ThreadLocalRandom.current().nextInt(codes.size()));
    body.putAll(NoteAttacks.reasonFields(shape, code, note));
    String json = JsonText.object(body);
    String method = command == NoteAttacks.Command.SCHEDULE ? "PUT" : "POST";
    String what = command + " " + shape + " " + json;

    long programOutbox = lastOutboxId(services.programDb);
    long enrollmentOutbox = lastOutboxId(services.enrollmentDb);
    Services.Response answer =
        campaign.attempt(
            AttackClass.REASON_CODES, what, () -> services.send(method, url, json, JSON));
    if (shape.mustBeRefused()) {
      assertThat(answer.status()).as(what + " → " + answer.describe()).isEqualTo(400);
    } else if (shape == NoteAttacks.Shape.CODE_ONLY) {
      assertThat(answer.status()).as(what + " → " + answer.describe()).isEqualTo(200);
    }
    SystemState.settle(services);
    List<String> leaked = new ArrayList<>();
    leaked.addAll(foundInOutbox(services.programDb, programOutbox, needles));
    leaked.addAll(foundInOutbox(services.enrollmentDb, enrollmentOutbox, needles));
    assertThat(leaked).as("in the events of " + what).isEmpty();
  }

  private static long lastOutboxId(PostgresTestDatabase.Database db) {
    return Services.count(db, "SELECT coalesce(max(id), 0) FROM outbox_event");
  }

  private static List<String> foundInOutbox(
      PostgresTestDatabase.Database db, long after, List<String> needles) {
    List<String> found = new ArrayList<>();
    try (java.sql.Connection connection = db.connect();
        java.sql.ResultSet rows =
            connection
                .createStatement()
                .executeQuery("SELECT payload FROM outbox_event WHERE id > " + after)) {
      while (rows.next()) {
        found.addAll(BusScan.found(rows.getBytes(1), needles));
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return found;
  }
}
