package org.crewtraining.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crewtraining.faults.BrokerKillIT.awaitDone;

import java.util.List;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crewtraining.faults.load.Api;
import org.crewtraining.faults.load.Catalogue;
import org.crewtraining.faults.load.LoadRunner;
import org.crewtraining.faults.stack.ServiceProcess;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two instances each of enrollment-service and reporting-service in their consumer groups, the load
 * spread over both enrollment-services with many concurrent clients on few programmes; one instance
 * of each is SIGKILLed mid-stream. The survivors take over the partitions and the relaying; no
 * programme ever has more seats taken than capacity and waitlists stay 1..n.
 */
@Order(6)
@ExtendWith(StackExtension.class)
class ScaleOutIT {

  private static final Pattern POSITION = Pattern.compile("\"waitlistPosition\"\\s*:\\s*(\\d+)");

  @Test
  void oneOfTwoInstancesKilledMidStream(Scenario scenario) throws Exception {
    ServiceProcess enrollment1 = scenario.stack.enrollment.get(0);
    ServiceProcess enrollment2 = scenario.stack.enrollment.get(1);
    ServiceProcess reporting1 = scenario.stack.reporting.get(0);
    ServiceProcess reporting2 = scenario.stack.reporting.get(1);
    enrollment2.launch();
    reporting2.launch();
    enrollment2.awaitUp();
    reporting2.awaitUp();
    int events = scenario.events();
    Catalogue catalogue = scenario.catalogue(4);
    LoadRunner load = scenario.load(List.of(enrollment1.url(), enrollment2.url()));
    Future<?> running = load.start(events, 16);
    awaitDone(load, events * 4L / 10, running);
    enrollment1.kill();
    reporting1.kill();
    load.retarget(List.of(enrollment2.url()));
    running.get();
    scenario.useSurvivors(enrollment2, reporting2);
    scenario.verify(List.of(), "SIGKILL of enrollment-service-1 and reporting-service-1 at 40 %");
    for (String programme : catalogue.programs) {
      assertDenseWaitlist(scenario.api, enrollment2.url(), programme, catalogue.capacity);
    }
  }

  /** Seats never above capacity, waitlist positions exactly 1..n (enrollment-service's view). */
  private static void assertDenseWaitlist(Api api, String url, String programme, int capacity) {
    String roster = api.get(url + "/programs/" + programme + "/roster").body();
    long seats = Pattern.compile("\"enrollmentId\"").matcher(roster).results().count();
    assertThat(seats).as("confirmed in " + programme).isLessThanOrEqualTo(capacity);
    Matcher positions =
        POSITION.matcher(api.get(url + "/programs/" + programme + "/waitlist").body());
    int expected = 1;
    while (positions.find()) {
      assertThat(Integer.parseInt(positions.group(1)))
          .as("waitlist position in " + programme)
          .isEqualTo(expected++);
    }
  }
}
