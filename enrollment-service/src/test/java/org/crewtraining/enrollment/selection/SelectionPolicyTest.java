package org.crewtraining.enrollment.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.crewtraining.enrollment.participant.ParticipantType;
import org.crewtraining.enrollment.programme.ProgramAdmission.SeatQuota;
import org.crewtraining.events.common.CraftTrack;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Given seats, quotas and shortlisted candidates, when the selection runs, then these offers (with
 * their reasons) and this reserve (with what held each back). Candidates are written {@code
 * id:TYPE:CRAFT:score:minute} (TYPE S = university student, W = industry worker; minute = when
 * submitted).
 */
class SelectionPolicyTest {

  static Stream<Arguments> selections() {
    return Stream.of(
        row(
            "no quotas: the best by score",
            3,
            quotas(),
            candidates("a:S:VFX:50:1", "b:S:VFX:90:2", "c:W:VFX:70:3", "d:W:VFX:60:4"),
            offers("b=rank", "c=rank", "d=rank"),
            reserve("a")),
        row(
            "equal scores: the earlier submission first, then the applicationId",
            2,
            quotas(),
            candidates("b:S:VFX:80:5", "a:S:VFX:80:5", "c:S:VFX:80:1"),
            offers("c=rank", "a=rank"),
            reserve("b")),
        row(
            "a minimum takes its group's best before the rank does",
            3,
            quotas(type("UNIVERSITY_STUDENT", 2, 3)),
            candidates(
                "w1:W:VFX:99:1",
                "w2:W:VFX:98:2",
                "w3:W:VFX:97:3",
                "s1:S:VFX:40:4",
                "s2:S:VFX:30:5"),
            offers(
                "w1=rank",
                "s1=minSeats of participantType UNIVERSITY_STUDENT",
                "s2=minSeats of participantType UNIVERSITY_STUDENT"),
            reserve("w2", "w3")),
        row(
            "a minimum without enough applicants leaves its seats to the rank",
            3,
            quotas(type("UNIVERSITY_STUDENT", 2, 3)),
            candidates("w1:W:VFX:99:1", "w2:W:VFX:98:2", "w3:W:VFX:97:3", "s1:S:VFX:40:4"),
            offers("w1=rank", "w2=rank", "s1=minSeats of participantType UNIVERSITY_STUDENT"),
            reserve("w3")),
        row(
            "a maximum holds back the better ranked, naming the quota",
            3,
            quotas(craft("VFX", 0, 1)),
            candidates(
                "v1:W:VFX:99:1",
                "v2:W:VFX:98:2",
                "a1:W:SOUND:50:3",
                "a2:W:SOUND:40:4",
                "a3:W:SOUND:30:5"),
            offers("v1=rank", "a1=rank", "a2=rank"),
            reserve("v2@craft VFX", "a3")),
        row(
            "a minimum never breaks another quota's maximum",
            2,
            quotas(type("UNIVERSITY_STUDENT", 2, 2), craft("VFX", 0, 1)),
            candidates("s1:S:VFX:90:1", "s2:S:VFX:80:2", "s3:S:SOUND:10:3", "w1:W:VFX:70:4"),
            offers(
                "s1=minSeats of participantType UNIVERSITY_STUDENT",
                "s3=minSeats of participantType UNIVERSITY_STUDENT"),
            reserve("s2", "w1")),
        row(
            "minimums are served in published order when seats are short",
            2,
            quotas(craft("SOUND", 1, 2), craft("VFX", 2, 2)),
            candidates("v1:W:VFX:90:1", "v2:W:VFX:80:2", "a1:W:SOUND:10:3"),
            offers("v1=minSeats of craft VFX", "a1=minSeats of craft SOUND"),
            reserve("v2")),
        row(
            "no seats left: everyone in the reserve, in rank order",
            0,
            quotas(craft("VFX", 1, 1)),
            candidates("a:W:VFX:10:1", "b:W:VFX:20:2"),
            offers(),
            reserve("b", "a")),
        row(
            "fewer candidates than seats: all offered, empty reserve",
            5,
            quotas(),
            candidates("a:W:VFX:10:1", "b:W:VFX:20:2"),
            offers("b=rank", "a=rank"),
            reserve()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("selections")
  void selects(
      String given,
      int seats,
      List<SeatQuota> quotas,
      List<Candidate> shortlisted,
      List<String> offers,
      List<String> reserve) {
    Selection selection = SelectionPolicy.select(seats, quotas, shortlisted);

    assertThat(
            selection.offers().stream().map(o -> o.candidate().applicationId() + "=" + o.reason()))
        .containsExactlyInAnyOrderElementsOf(offers);
    assertThat(
            selection.reserve().stream()
                .map(
                    r ->
                        r.candidate().applicationId()
                            + (r.heldBackBy() == null ? "" : "@" + r.heldBackBy())))
        .containsExactlyElementsOf(reserve);
    assertThat(selection.reserve().stream().map(Selection.Reserved::rank))
        .containsExactlyElementsOf(
            java.util.stream.IntStream.rangeClosed(1, reserve.size()).boxed().toList());
    assertThat(SelectionPolicy.select(seats, quotas, reversed(shortlisted)))
        .as("the order of the input changes nothing")
        .isEqualTo(selection);
  }

  static Stream<Arguments> cascades() {
    return Stream.of(
        row(
            "a seat frees, no quotas: the best of the reserve",
            3,
            quotas(),
            holders("W:VFX", "W:VFX"),
            candidates("r1:W:VFX:90:1", "r2:W:VFX:80:2"),
            "r1"),
        row(
            "no free seat: nobody",
            2,
            quotas(),
            holders("W:VFX", "W:VFX"),
            candidates("r1:W:VFX:90:1"),
            null),
        row(
            "a quota fell below its minimum: its best reserve applicant, ahead of better ranked",
            3,
            quotas(type("UNIVERSITY_STUDENT", 1, 3)),
            holders("W:VFX", "W:VFX"),
            candidates("r1:W:VFX:90:1", "r2:S:VFX:10:2"),
            "r2"),
        row(
            "the minimum's group has nobody left: the best who breaks no maximum",
            3,
            quotas(type("UNIVERSITY_STUDENT", 1, 3), craft("VFX", 0, 2)),
            holders("W:VFX", "W:VFX"),
            candidates("r1:W:VFX:90:1", "r2:W:SOUND:10:2"),
            "r2"),
        row(
            "everyone left would break a maximum: nobody",
            3,
            quotas(craft("VFX", 0, 2)),
            holders("W:VFX", "W:VFX"),
            candidates("r1:W:VFX:90:1", "r2:S:VFX:80:2"),
            null),
        row(
            "a minimum applicant who would break another maximum is passed over",
            3,
            quotas(type("UNIVERSITY_STUDENT", 1, 2), craft("VFX", 0, 1)),
            holders("W:VFX", "W:SOUND"),
            candidates("r1:S:VFX:90:1", "r2:S:SOUND:50:2", "r3:W:SOUND:95:3"),
            "r2"),
        row("an empty reserve: nobody", 3, quotas(), holders(), candidates(), null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cascades")
  void offersAFreedSeat(
      String given,
      int capacity,
      List<SeatQuota> quotas,
      List<SelectionPolicy.Holder> holders,
      List<Candidate> reserve,
      String next) {
    assertThat(
            SelectionPolicy.nextFromReserve(capacity, quotas, holders, reserve)
                .map(Candidate::applicationId)
                .orElse(null))
        .isEqualTo(next);
  }

  private static List<Candidate> reversed(List<Candidate> candidates) {
    List<Candidate> copy = new java.util.ArrayList<>(candidates);
    java.util.Collections.reverse(copy);
    return copy;
  }

  private static Arguments row(Object... values) {
    return Arguments.of(values);
  }

  private static List<SeatQuota> quotas(SeatQuota... quotas) {
    return List.of(quotas);
  }

  private static SeatQuota type(String type, int min, int max) {
    return new SeatQuota(
        org.crewtraining.events.enrollments.ParticipantType.valueOf(type), null, min, max);
  }

  private static SeatQuota craft(String craft, int min, int max) {
    return new SeatQuota(null, CraftTrack.valueOf(craft), min, max);
  }

  private static List<Candidate> candidates(String... specs) {
    return Arrays.stream(specs)
        .map(
            spec -> {
              String[] p = spec.split(":");
              return new Candidate(
                  p[0],
                  type(p[1]),
                  CraftTrack.valueOf(p[2]),
                  Integer.parseInt(p[3]),
                  Instant.parse("2025-03-01T00:00:00Z").plusSeconds(60L * Integer.parseInt(p[4])));
            })
        .toList();
  }

  private static List<SelectionPolicy.Holder> holders(String... specs) {
    return Arrays.stream(specs)
        .map(s -> s.split(":"))
        .map(p -> new SelectionPolicy.Holder(type(p[0]), CraftTrack.valueOf(p[1])))
        .toList();
  }

  private static ParticipantType type(String letter) {
    return letter.equals("S")
        ? ParticipantType.UNIVERSITY_STUDENT
        : ParticipantType.INDUSTRY_WORKER;
  }

  private static List<String> offers(String... offers) {
    return List.of(offers);
  }

  private static List<String> reserve(String... reserve) {
    return List.of(reserve);
  }
}
