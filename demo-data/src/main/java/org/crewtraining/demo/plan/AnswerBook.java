package org.crewtraining.demo.plan;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Short, plausible answers to a programme's questions, composed from small phrase tables (Korean
 * film and series context). Fictional like the people: portfolio links are on {@code
 * portfolio.example.org}, a reserved example domain.
 */
final class AnswerBook {

  static final String PORTFOLIO_BASE = "https://portfolio.example.org/";

  private static final Map<Craft, String> ROLES = new EnumMap<>(Craft.class);

  static {
    ROLES.put(Craft.PRODUCTION, "production coordinator");
    ROLES.put(Craft.POST_PRODUCTION, "post-production coordinator");
    ROLES.put(Craft.VFX, "compositor");
    ROLES.put(Craft.SOUND, "boom operator");
    ROLES.put(Craft.CINEMATOGRAPHY, "camera assistant");
    ROLES.put(Craft.SCREENWRITING, "staff writer");
    ROLES.put(Craft.DIRECTING, "assistant director");
    ROLES.put(Craft.EDITING, "assistant editor");
    ROLES.put(Craft.ART_DIRECTION, "set designer");
    ROLES.put(Craft.GENERAL, "crew member");
  }

  private static final List<String> WORK =
      List.of(
          "a streaming thriller series shot in Busan",
          "a historical K-drama filmed in Mungyeong",
          "an independent feature that premiered in Busan",
          "a webtoon adaptation for an OTT platform",
          "a weekend family drama for cable television",
          "short-form series for a mobile platform",
          "a zombie action series with heavy night shoots");

  private static final List<String> STUDY =
      List.of(
          "student shorts and a graduation film",
          "two award-winning student shorts",
          "music videos for indie bands in Hongdae",
          "a campus web series with a small crew");

  private static final Map<Craft, List<String>> WHY =
      Map.of(
          Craft.PRODUCTION,
          List.of(
              "I want to understand how an LED volume changes the shooting schedule and the budget.",
              "Our company plans its first in-camera VFX shoot next year and I will prepare it.",
              "I want to learn how real-time engines and the camera department work together on"
                  + " set."),
          Craft.DIRECTING,
          List.of(
              "I want to learn to shape a documentary from months of observational footage.",
              "I want to learn how to earn the trust of the people I film and keep it.",
              "I want feedback from working documentary directors before my first long-form"
                  + " film."));

  private static final List<String> GOALS =
      List.of(
          "I hope to bring what I learn back to my team.",
          "My goal is to lead this kind of work on a series within five years.",
          "I would like to share the workflow with other freelancers I work with.",
          "It would be the step from assisting to leading my own projects.");

  private static final List<String> SUBJECTS =
      List.of(
          "haenyeo divers on Jeju",
          "the last film-projection booth in Daegu",
          "night-shift delivery riders in Seoul",
          "a family-run kimchi factory in Jeonju",
          "the closing of a small-town cinema in Gangwon",
          "elderly rappers in a Chilgok literacy class");

  private static final List<String> SCREENINGS =
      List.of(
          "screened at a student film festival",
          "shown at our department's graduation screening",
          "selected for a regional documentary showcase",
          "not yet screened; a rough cut is ready");

  private static final List<String> AVAILABILITY =
      List.of(
          "Available full-time for the whole programme; no classes after the semester ends.",
          "Available on every session day; I can travel to Seoul and stay for the full days.",
          "Available for all sessions; I work one evening a week at a part-time job.",
          "Available full-time; my graduation project is submitted before the start date.");

  private AnswerBook() {}

  /** One answer per question, in the order asked; lengths well inside the service's limits. */
  static Map<Question, String> answers(
      Random rnd, List<Question> questions, PlannedParticipant who, Craft focus) {
    Map<Question, String> answers = new java.util.LinkedHashMap<>();
    for (Question question : questions) {
      answers.put(question, answer(rnd, question, who, focus));
    }
    return java.util.Collections.unmodifiableMap(answers);
  }

  private static String answer(Random rnd, Question question, PlannedParticipant who, Craft focus) {
    return switch (question) {
      case MOTIVATION ->
          background(rnd, who) + " " + pick(rnd, WHY.get(focus)) + " " + pick(rnd, GOALS);
      case RELEVANT_EXPERIENCE ->
          "Directed a %d-minute documentary about %s (%s); edited it myself."
              .formatted(10 + rnd.nextInt(21), pick(rnd, SUBJECTS), pick(rnd, SCREENINGS));
      case PORTFOLIO_LINK -> portfolio(who);
      case AVAILABILITY -> pick(rnd, AVAILABILITY);
      case CAREER_GOAL -> pick(rnd, GOALS);
    };
  }

  private static String background(Random rnd, PlannedParticipant who) {
    String role = ROLES.get(who.craft());
    if (who.type() == ParticipantType.UNIVERSITY_STUDENT) {
      return "As a film student I have been %s on %s.".formatted(article(role), pick(rnd, STUDY));
    }
    return "I have worked as %s on %s for %d years."
        .formatted(article(role), pick(rnd, WORK), 2 + rnd.nextInt(9));
  }

  /** The participant's own page: unique within the plan by its index. */
  static String portfolio(PlannedParticipant who) {
    String slug = who.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-");
    return PORTFOLIO_BASE + slug + "-" + who.index();
  }

  private static String article(String role) {
    return ("aeiou".indexOf(role.charAt(0)) >= 0 ? "an " : "a ") + role;
  }

  private static String pick(Random rnd, List<String> values) {
    return values.get(rnd.nextInt(values.size()));
  }
}
