package org.crewtraining.demo.plan;

import java.util.Arrays;
import java.util.List;

/**
 * The programmes of the seeded history, modelled on the real partnership: the streaming company
 * with the content agency (KOCCA) and the film council's academy (KOFIC). Capacities are fixed here
 * rather than drawn so that the confirmed figures hold for every seed: the eight 2024 short courses
 * seat about 1,100 crew members.
 *
 * <p>Columns: cohort year | format | track | audience | seats | demand (applicants per seat) |
 * start month | days | planned hours | seats added later | partners | title | delivery | location |
 * ending.
 */
final class Catalogue {

  private static final String TABLE =
      """
      2022|SHORT_COURSE|PRODUCTION|INDUSTRY_WORKER|100|1.10|3|28|60|0|Netflix,KOCCA|Netflix x KOCCA Production Management Short Course|HYBRID|KOCCA Content Talent Campus, Seoul|CLOSED
      2022|SHORT_COURSE|VFX|OPEN|100|1.20|4|35|80|0|Netflix,KOCCA|Netflix x KOCCA VFX Fundamentals Short Course|IN_PERSON|KOCCA Content Talent Campus, Seoul|CLOSED
      2022|SEMINAR|GENERAL|OPEN|150|0.90|5|1|6|0|KOCCA|KOCCA Global Streaming Production Seminar|HYBRID|COEX Conference Room, Seoul|CLOSED
      2022|SHORT_COURSE|POST_PRODUCTION|INDUSTRY_WORKER|90|1.00|6|28|60|0|Netflix,KOCCA|Netflix x KOCCA Post-Production Supervision Short Course|ONLINE|Online|CLOSED
      2022|INTERNSHIP|PRODUCTION|UNIVERSITY_STUDENT|30|1.50|7|84|480|0|Netflix,KOCCA|Netflix x KOCCA Production Internship|IN_PERSON|Partner production companies, Seoul|CLOSED
      2022|WORKSHOP|SOUND|UNIVERSITY_STUDENT|30|1.20|8|5|24|0|KOFIC|KOFIC Academy Sound Recording Workshop|IN_PERSON|Korean Academy of Film Arts, Seoul|CLOSED
      2022|SHORT_COURSE|CINEMATOGRAPHY|INDUSTRY_WORKER|80|1.10|9|28|70|0|Netflix,KOFIC|Netflix x KOFIC Cinematography Short Course|IN_PERSON|Korean Academy of Film Arts, Seoul|CLOSED
      2022|NETWORKING_EVENT|GENERAL|OPEN|80|0.95|11|1|3|0|Netflix,KOCCA|Netflix x KOCCA Crew Networking Night|IN_PERSON|Netflix Korea office, Seoul|CLOSED
      2023|SEMINAR|GENERAL|OPEN|160|0.95|2|1|6|0|KOCCA|KOCCA K-Content Global Co-Production Seminar|HYBRID|COEX Conference Room, Seoul|CLOSED
      2023|SHORT_COURSE|PRODUCTION|INDUSTRY_WORKER|110|1.25|3|35|80|0|Netflix,KOCCA|Netflix x KOCCA Virtual Production Short Course|IN_PERSON|Virtual production stage, Goyang|CLOSED
      2023|SHORT_COURSE|VFX|INDUSTRY_WORKER|110|1.15|4|35|80|0|Netflix,KOCCA|Netflix x KOCCA VFX Compositing Short Course|HYBRID|KOCCA Content Talent Campus, Seoul|CLOSED
      2023|SHORT_COURSE|SOUND|OPEN|90|1.05|5|28|60|0|Netflix,KOCCA|Netflix x KOCCA Sound Design Short Course|IN_PERSON|KOCCA Content Talent Campus, Seoul|CLOSED
      2023|SHORT_COURSE|CINEMATOGRAPHY|INDUSTRY_WORKER|90|1.10|6|28|70|0|Netflix,KOFIC|Netflix x KOFIC Cinematography and Lighting Short Course|IN_PERSON|Korean Academy of Film Arts, Seoul|CLOSED
      2023|INTERNSHIP|POST_PRODUCTION|UNIVERSITY_STUDENT|30|1.60|7|84|480|0|Netflix,KOCCA|Netflix x KOCCA Post-Production Internship|IN_PERSON|Partner post houses, Seoul|CLOSED
      2023|SHORT_COURSE|SCREENWRITING|OPEN|100|1.30|9|42|60|10|Netflix,KOCCA|Netflix x KOCCA Series Screenwriting Short Course|ONLINE|Online|CLOSED
      2023|WORKSHOP|SOUND|UNIVERSITY_STUDENT|30|1.00|10|5|24|0|KOFIC|KOFIC Academy Location Sound Workshop|IN_PERSON|Korean Academy of Film Arts, Seoul|CANCELLED
      2023|NETWORKING_EVENT|GENERAL|OPEN|100|1.00|12|1|3|0|Netflix,KOCCA,KOFIC|Netflix x KOCCA x KOFIC Crew Networking Day|IN_PERSON|Netflix Korea office, Seoul|CLOSED
      2024|SHORT_COURSE|VFX|INDUSTRY_WORKER|140|1.15|3|35|80|0|Netflix,KOCCA|Netflix x KOCCA VFX Compositing Short Course|HYBRID|KOCCA Content Talent Campus, Seoul|CLOSED
      2024|INTERNSHIP|PRODUCTION|UNIVERSITY_STUDENT|25|1.40|3|84|480|0|KOFIC|KOFIC Academy Production Internship|IN_PERSON|Korean Academy of Film Arts, Seoul|CLOSED
      2024|SHORT_COURSE|PRODUCTION|INDUSTRY_WORKER|140|1.20|4|35|80|0|Netflix,KOCCA|Netflix x KOCCA Virtual Production Short Course|IN_PERSON|Virtual production stage, Goyang|CLOSED
      2024|SEMINAR|POST_PRODUCTION|OPEN|180|0.90|4|1|6|0|KOCCA|KOCCA Streaming Series Post-Production Seminar|HYBRID|COEX Conference Room, Seoul|CLOSED
      2024|SHORT_COURSE|POST_PRODUCTION|OPEN|130|1.10|5|28|60|0|Netflix,KOCCA|Netflix x KOCCA Post-Production Workflow Short Course|ONLINE|Online|CLOSED
      2024|SHORT_COURSE|SOUND|INDUSTRY_WORKER|120|1.00|5|28|60|0|Netflix,KOCCA|Netflix x KOCCA Sound Design and Mixing Short Course|IN_PERSON|KOCCA Content Talent Campus, Seoul|CLOSED
      2024|SHORT_COURSE|CINEMATOGRAPHY|INDUSTRY_WORKER|130|1.10|6|28|70|0|Netflix,KOFIC|Netflix x KOFIC Cinematography Short Course|IN_PERSON|Korean Academy of Film Arts, Seoul|CLOSED
      2024|WORKSHOP|EDITING|UNIVERSITY_STUDENT|40|1.20|7|5|24|0|Netflix,KOFIC|Netflix x KOFIC Editing Workshop for Film Students|IN_PERSON|Korean Academy of Film Arts, Seoul|CLOSED
      2024|INTERNSHIP|VFX|UNIVERSITY_STUDENT|30|1.70|7|84|480|0|Netflix,KOCCA|Netflix x KOCCA VFX Internship|IN_PERSON|Partner VFX studios, Seoul|CLOSED
      2024|SHORT_COURSE|SCREENWRITING|OPEN|140|1.30|9|42|60|0|Netflix,KOCCA|Netflix x KOCCA Series Screenwriting Short Course|ONLINE|Online|CLOSED
      2024|WORKSHOP|ART_DIRECTION|INDUSTRY_WORKER|35|1.00|9|5|24|0|KOCCA|KOCCA Art Direction Workshop|IN_PERSON|KOCCA Content Talent Campus, Seoul|CLOSED
      2024|SHORT_COURSE|PRODUCTION|INDUSTRY_WORKER|120|1.05|10|28|60|0|Netflix,KOCCA|Netflix x KOCCA Line Producing Short Course|HYBRID|KOCCA Content Talent Campus, Seoul|CLOSED
      2024|SHORT_COURSE|POST_PRODUCTION|INDUSTRY_WORKER|130|1.10|10|28|60|0|Netflix,KOCCA|Netflix x KOCCA Colour Grading and Finishing Short Course|IN_PERSON|KOCCA Content Talent Campus, Seoul|CLOSED
      2024|NETWORKING_EVENT|GENERAL|OPEN|120|1.20|12|1|3|20|Netflix,KOCCA,KOFIC|Netflix x KOCCA x KOFIC Crew Networking Night|IN_PERSON|Netflix Korea office, Seoul|CLOSED
      2025|SHORT_COURSE|PRODUCTION|INDUSTRY_WORKER|130|1.20|3|35|80|0|Netflix,KOCCA|Netflix x KOCCA Virtual Production Short Course|IN_PERSON|Virtual production stage, Goyang|CLOSED
      2025|SHORT_COURSE|VFX|INDUSTRY_WORKER|130|1.15|4|35|80|0|Netflix,KOCCA|Netflix x KOCCA VFX Compositing Short Course|HYBRID|KOCCA Content Talent Campus, Seoul|CLOSED
      2025|SEMINAR|GENERAL|OPEN|160|1.00|5|1|6|0|KOCCA|KOCCA Global OTT Production Seminar|HYBRID|COEX Conference Room, Seoul|CLOSED
      2025|INTERNSHIP|PRODUCTION|UNIVERSITY_STUDENT|30|1.50|7|150|600|0|Netflix,KOCCA|Netflix x KOCCA Production Internship|IN_PERSON|Partner production companies, Seoul|RUNNING
      2025|WORKSHOP|DIRECTING|UNIVERSITY_STUDENT|30|1.10|8|10|40|0|KOFIC|KOFIC Academy Directing Workshop|IN_PERSON|Korean Academy of Film Arts, Seoul|RUNNING
      2025|SHORT_COURSE|POST_PRODUCTION|OPEN|120|1.30|9|42|80|0|Netflix,KOCCA|Netflix x KOCCA AI-Assisted Post-Production Short Course|ONLINE|Online|RUNNING
      2025|SHORT_COURSE|CINEMATOGRAPHY|INDUSTRY_WORKER|110|1.00|10|35|70|0|Netflix,KOFIC|Netflix x KOFIC Cinematography Short Course|IN_PERSON|Korean Academy of Film Arts, Seoul|RUNNING
      2025|NETWORKING_EVENT|GENERAL|OPEN|120|1.00|11|1|3|0|Netflix,KOCCA,KOFIC|Netflix x KOCCA x KOFIC Crew Networking Night|IN_PERSON|Netflix Korea office, Seoul|CLOSED
      """;

  /** One row of the table. */
  record Template(
      int year,
      Format format,
      Craft track,
      Audience audience,
      int capacity,
      double demand,
      int month,
      int days,
      int hours,
      int capacityIncrease,
      List<String> partners,
      String title,
      String deliveryMode,
      String location,
      Ending ending) {}

  private Catalogue() {}

  static List<Template> templates() {
    return TABLE.lines().filter(line -> !line.isBlank()).map(Catalogue::parse).toList();
  }

  private static Template parse(String line) {
    String[] c = line.split("\\|");
    int year = Integer.parseInt(c[0]);
    return new Template(
        year,
        Format.valueOf(c[1]),
        Craft.valueOf(c[2]),
        Audience.valueOf(c[3]),
        Integer.parseInt(c[4]),
        Double.parseDouble(c[5]),
        Integer.parseInt(c[6]),
        Integer.parseInt(c[7]),
        Integer.parseInt(c[8]),
        Integer.parseInt(c[9]),
        Arrays.asList(c[10].split(",")),
        c[11] + " " + year,
        c[12],
        c[13],
        Ending.valueOf(c[14]));
  }
}
