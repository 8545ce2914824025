package org.crewtraining.demo.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Picks applicants for programmes: mostly newcomers, some returning crew from earlier cohorts
 * (which is what gives the transcripts more than one line). Nobody applies twice to one programme
 * or to two programmes of the same format in one year, so "eight short courses with about 1,100
 * crew" counts distinct people.
 */
final class ApplicantPool {

  private static final Craft[] CRAFTS = Craft.values();

  private final Random rnd;
  private final List<PlannedParticipant> participants = new ArrayList<>();
  private final Map<ParticipantType, List<Integer>> byType = new EnumMap<>(ParticipantType.class);
  private final Map<String, Set<Integer>> byYearAndFormat = new HashMap<>();

  ApplicantPool(Random rnd) {
    this.rnd = rnd;
    for (ParticipantType type : ParticipantType.values()) {
      byType.put(type, new ArrayList<>());
    }
  }

  List<PlannedParticipant> participants() {
    return List.copyOf(participants);
  }

  /** Distinct applicants for one programme, in application order. */
  List<Integer> applicants(Catalogue.Template t, int count) {
    Set<Integer> group =
        byYearAndFormat.computeIfAbsent(t.year() + "/" + t.format(), k -> new HashSet<>());
    Set<Integer> chosen = new HashSet<>();
    List<Integer> ordered = new ArrayList<>(count);
    while (ordered.size() < count) {
      ParticipantType type = typeFor(t);
      Integer returning = rnd.nextDouble() < repeatRate(t.year()) ? returning(type, group) : null;
      int applicant = returning != null ? returning : newcomer(type, t.track());
      if (chosen.add(applicant)) {
        ordered.add(applicant);
        group.add(applicant);
      }
    }
    return ordered;
  }

  private ParticipantType typeFor(Catalogue.Template t) {
    return switch (t.audience()) {
      case INDUSTRY_WORKER -> ParticipantType.INDUSTRY_WORKER;
      case UNIVERSITY_STUDENT -> ParticipantType.UNIVERSITY_STUDENT;
      // Open courses draw mostly working crew; seminars and networking more students.
      case OPEN -> {
        double workers = t.format() == Format.SHORT_COURSE ? 0.7 : 0.6;
        yield rnd.nextDouble() < workers
            ? ParticipantType.INDUSTRY_WORKER
            : ParticipantType.UNIVERSITY_STUDENT;
      }
    };
  }

  /** The first cohort has nobody to return; later ones see more returning crew. */
  private static double repeatRate(int year) {
    return switch (year) {
      case 2022 -> 0.0;
      case 2023 -> 0.10;
      case 2024 -> 0.12;
      default -> 0.15;
    };
  }

  private Integer returning(ParticipantType type, Set<Integer> group) {
    List<Integer> candidates = byType.get(type);
    for (int attempt = 0; attempt < 5 && !candidates.isEmpty(); attempt++) {
      int candidate = candidates.get(rnd.nextInt(candidates.size()));
      if (!group.contains(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private int newcomer(ParticipantType type, Craft track) {
    int index = participants.size();
    String name = NameBook.name(rnd);
    participants.add(
        new PlannedParticipant(
            index,
            name,
            NameBook.email(name, index),
            NameBook.organisation(rnd, type),
            type,
            craftFor(track)));
    byType.get(type).add(index);
    return index;
  }

  /** Mostly the programme's own craft; general programmes draw every craft. */
  private Craft craftFor(Craft track) {
    if (track != Craft.GENERAL && rnd.nextDouble() < 0.75) {
      return track;
    }
    return CRAFTS[rnd.nextInt(CRAFTS.length - 1)];
  }
}
