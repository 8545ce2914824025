package org.crewtraining.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crewtraining.demo.plan.DemoPlan;
import org.crewtraining.demo.plan.PlanFigures;
import org.crewtraining.demo.plan.PlanGenerator;
import org.crewtraining.demo.run.DemoRunner;
import org.crewtraining.demo.run.RunSettings;
import org.crewtraining.demo.run.ServiceUnreachableException;

/**
 * {@code java -jar demo-data.jar [--program-url URL] [--enrollment-url URL] [--scale S] [--seed N]
 * [--run-tag TAG] [--application-window SECONDS] [--dry-run]}. Exit codes: 0 seeded or already
 * loaded, 1 some steps failed, 2 bad arguments or a service unreachable, 3 an earlier run was
 * interrupted.
 */
public final class DemoDataMain {

  static final String USAGE =
      """
      usage: demo-data [--program-url URL] [--enrollment-url URL] [--scale 0..1] [--seed N]
                       [--run-tag TAG] [--application-window SECONDS] [--dry-run]
        --program-url     program-service base URL (default http://127.0.0.1:8081)
        --enrollment-url  enrollment-service base URL (default http://127.0.0.1:8082)
        --scale           share of the real participant numbers, e.g. 0.02 (default 1)
        --seed            plan seed (default %d)
        --run-tag         seed a separate copy: suffix for titles and e-mails (default: none at
                          full scale with the default seed, else derived from seed and scale)
        --application-window
                          how long the residency takes applications before its selection
                          (default 30; longer on a slow machine)
        --dry-run         print the plan's figures and exit without sending anything
      Signs in as the local operator; CREW_API_USER and CREW_API_PASSWORD name another user
      (roles PROGRAM_ADMIN and REGISTRAR), CREW_API_TOKEN sends a bearer token instead.
      """
          .formatted(DemoPlan.DEFAULT_SEED);

  /** enrollment-service dates completions in Seoul; so does the plan. */
  static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

  private DemoDataMain() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String[] args) {
    Map<String, String> options;
    long seed;
    double scale;
    Duration window;
    try {
      options = parse(args);
      seed = Long.parseLong(options.getOrDefault("seed", Long.toString(DemoPlan.DEFAULT_SEED)));
      scale = Double.parseDouble(options.getOrDefault("scale", "1"));
      if (!(scale > 0 && scale <= 1)) {
        throw new IllegalArgumentException("--scale must be in (0, 1]");
      }
      window = Duration.ofSeconds(Long.parseLong(options.getOrDefault("application-window", "30")));
      if (window.getSeconds() < 1) {
        throw new IllegalArgumentException("--application-window must be at least 1 second");
      }
    } catch (IllegalArgumentException e) {
      System.err.println("demo-data: " + e.getMessage());
      System.err.print(USAGE);
      return 2;
    }
    if (options.containsKey("help")) {
      System.out.print(USAGE);
      return 0;
    }
    DemoPlan plan = PlanGenerator.generate(seed, scale, LocalDate.now(SEOUL));
    System.out.print(new PlanFigures(plan).describe());
    if (options.containsKey("dry-run")) {
      return 0;
    }
    RunSettings settings =
        RunSettings.of(
                options.getOrDefault("program-url", "http://127.0.0.1:8081"),
                options.getOrDefault("enrollment-url", "http://127.0.0.1:8082"),
                options.getOrDefault("run-tag", defaultTag(seed, scale)))
            .withApplicationWindow(window);
    try {
      return new DemoRunner(plan, settings, System.out).run().exitCode();
    } catch (ServiceUnreachableException e) {
      System.err.println("demo-data: " + e.getMessage());
      return 2;
    }
  }

  /** A scaled or re-seeded plan is a different history, so it must not look like the default. */
  static String defaultTag(long seed, double scale) {
    if (seed == DemoPlan.DEFAULT_SEED && scale == 1) {
      return "";
    }
    return (seed == DemoPlan.DEFAULT_SEED ? "" : "seed-" + seed + "-")
        + (scale == 1 ? "full" : "scale-" + scale);
  }

  static Map<String, String> parse(String[] args) {
    List<String> flags = List.of("dry-run", "help");
    List<String> valued =
        List.of("program-url", "enrollment-url", "scale", "seed", "run-tag", "application-window");
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg.startsWith("--") ? arg.substring(2) : arg;
      String value = null;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      if (flags.contains(name) || arg.equals("-h")) {
        options.put(arg.equals("-h") ? "help" : name, "true");
      } else if (valued.contains(name)) {
        if (value == null) {
          if (i + 1 >= args.length) {
            throw new IllegalArgumentException("missing value for --" + name);
          }
          value = args[++i];
        }
        options.put(name, value);
      } else {
        throw new IllegalArgumentException("unknown option " + arg);
      }
    }
    return options;
  }
}
