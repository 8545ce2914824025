package org.crewtraining.demo.plan;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Synthetic Korean-style names and fictional organisations. Every e-mail is on {@code
 * crew-demo.example.org} (a reserved example domain) so nobody mistakes the data for real people.
 */
final class NameBook {

  static final String EMAIL_DOMAIN = "crew-demo.example.org";

  private static final List<String> FAMILY =
      List.of(
          "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh",
          "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Ko", "Moon",
          "Yang", "Son", "Bae", "Baek", "Heo", "Nam", "Noh");

  private static final List<String> FIRST_SYLLABLE =
      List.of(
          "Min", "Seo", "Ji", "Ha", "Do", "Ye", "Su", "Jun", "Hyun", "Eun", "Woo", "Yeon", "Da",
          "Si", "Chae", "Joo", "Tae", "Na", "Hye", "Sang");

  private static final List<String> SECOND_SYLLABLE =
      List.of(
          "jun", "yeon", "ho", "woo", "eun", "bin", "a", "in", "jin", "won", "hee", "yoon", "seo",
          "hyun", "min", "rin", "kyung", "soo", "won", "na");

  private static final List<String> STUDIOS =
      List.of(
          "Saebyeok Pictures",
          "Bomnal Post",
          "Haneul VFX",
          "Gureum Sound",
          "Sanmaru Films",
          "Dalbit Studio",
          "Nabi Entertainment",
          "Barami Production",
          "Pureun Lighting",
          "Eunhasu Pictures",
          "Byeol Colour Lab",
          "Hangang Story Works",
          "Freelance");

  private static final List<String> SCHOOLS =
      List.of(
          "Hanbit University of the Arts",
          "Seoul Film College (demo)",
          "Namsan Media University",
          "Busan Screen Arts College",
          "Gwangju Visual University",
          "Daejeon Institute of Media",
          "Incheon Arts College");

  private NameBook() {}

  static String name(Random rnd) {
    return pick(rnd, FAMILY) + " " + pick(rnd, FIRST_SYLLABLE) + "-" + pick(rnd, SECOND_SYLLABLE);
  }

  /** The index makes the address unique; the name part only makes it look plausible. */
  static String email(String name, int index) {
    String[] parts = name.toLowerCase(Locale.ROOT).split(" ");
    return "%s.%s.%05d@%s".formatted(parts[1].replace("-", ""), parts[0], index, EMAIL_DOMAIN);
  }

  static String organisation(Random rnd, ParticipantType type) {
    return type == ParticipantType.INDUSTRY_WORKER ? pick(rnd, STUDIOS) : pick(rnd, SCHOOLS);
  }

  private static String pick(Random rnd, List<String> values) {
    return values.get(rnd.nextInt(values.size()));
  }
}
