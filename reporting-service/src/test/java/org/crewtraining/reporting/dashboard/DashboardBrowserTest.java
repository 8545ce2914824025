package org.crewtraining.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.crewtraining.readmodels.Scenarios.p1;

import java.time.Duration;
import java.util.List;
import org.crewtraining.events.enrollments.CompletionOutcome;
import org.crewtraining.events.enrollments.ParticipantType;
import org.crewtraining.readmodels.ProjectionFold;
import org.crewtraining.readmodels.ReadModels;
import org.crewtraining.readmodels.ReportingState;
import org.crewtraining.readmodels.Scenarios;
import org.crewtraining.readmodels.SelectionScenario;
import org.crewtraining.readmodels.SessionScenario;
import org.crewtraining.readmodels.TestEvents;
import org.crewtraining.reporting.IntegrationTestBase;
import org.crewtraining.reporting.query.AttendanceQueries;
import org.crewtraining.reporting.query.SelectionQueries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard in real headless Chromium ({@link SharedBrowser}), signed in through the login form
 * as a viewer, in English: it loads, its charts render, and a completion produced while it is open
 * shows up within 2 seconds without a reload; attendance, certificates and selection in the table
 * and the drill-down. A screenshot of each test is saved under target/screenshots/.
 */
@ExtendWith(SharedBrowser.QuitAtEnd.class)
class DashboardBrowserTest extends IntegrationTestBase {

  @Autowired AttendanceQueries attendanceQueries;
  @Autowired SelectionQueries selectionQueries;

  private WebDriver browser;

  @BeforeEach
  void startBrowser() {
    browser = SharedBrowser.signedIn(port);
  }

  @AfterEach
  void screenshot(TestInfo test) {
    SharedBrowser.screenshot(
        getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName());
  }

  /** The dashboard in English with this run's programmes found by the table's search. */
  private WebDriverWait openAndSearch(String x) {
    SharedBrowser.open(port, "en");
    WebDriverWait wait = SharedBrowser.waiting(browser);
    browser.findElement(By.id("programs-search")).sendKeys(x);
    wait.until(
        d ->
            d.findElements(By.cssSelector("#programs tbody tr[data-program-id]")).stream()
                .allMatch(r -> r.getAttribute("data-program-id").startsWith(x)));
    return wait;
  }

  @Test
  void dashboardLoadsRendersChartsAndShowsACompletionWithinTwoSeconds() {
    String x = newPrefix();
    publish(Scenarios.all(x));
    awaitProgramme(ReadModels.programs(ProjectionFold.fold(Scenarios.all(x))).get(0));

    WebDriverWait wait = openAndSearch(x);
    wait.until(ExpectedConditions.attributeToBe(By.id("connection"), "data-state", "live"));
    for (String chart : List.of("chart-track", "chart-partner", "chart-cohort-year")) {
      wait.until(ExpectedConditions.attributeToBe(By.id(chart), "data-rendered", "true"));
      assertThat(browser.findElements(By.cssSelector("#" + chart + " canvas"))).isNotEmpty();
      assertThat(Integer.parseInt(browser.findElement(By.id(chart)).getAttribute("data-groups")))
          .isPositive();
    }
    By completedCell = By.cssSelector("tr[data-program-id='" + p1(x) + "'] td.completed");
    wait.until(ExpectedConditions.textToBe(completedCell, "1"));
    String completedBefore = SharedBrowser.text(browser, By.id("overall-completed"));

    long start = System.nanoTime();
    String late = x + "-late";
    publish(
        List.of(
            TestEvents.confirmed(x + "-e9", p1(x), late, ParticipantType.INDUSTRY_WORKER),
            TestEvents.outcome(x + "-e9", p1(x), late, CompletionOutcome.COMPLETED, 40.0)));
    new WebDriverWait(browser, Duration.ofSeconds(2))
        .until(ExpectedConditions.textToBe(completedCell, "2"));
    Duration shownAfter = Duration.ofNanos(System.nanoTime() - start);

    assertThat(shownAfter).isLessThan(Duration.ofSeconds(2));
    assertThat(SharedBrowser.text(browser, By.id("overall-completed")))
        .isNotEqualTo(completedBefore);
    assertThat(
            SharedBrowser.text(
                browser, By.cssSelector("tr[data-program-id='" + p1(x) + "'] td.completion")))
        .isEqualTo("50.0%"); // 2 of 4 enrolled
  }

  @Test
  void dashboardShowsAttendanceRateAndCertificates() {
    String x = newPrefix();
    publish(SessionScenario.all(x));
    ReportingState folded = ProjectionFold.fold(SessionScenario.all(x));
    awaitProgramme(ReadModels.programs(folded).get(0));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                attendanceQueries
                    .attendance(SessionScenario.program(x))
                    .equals(ReadModels.attendance(folded, SessionScenario.program(x))));

    WebDriverWait wait = openAndSearch(x);
    String row = "tr[data-program-id='" + SessionScenario.program(x) + "'] ";
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector(row + "td.attendance button")));
    // 4 of 5 entries at active sessions attended; c1 and c2 issued, c2 revoked.
    assertThat(SharedBrowser.text(browser, By.cssSelector(row + "td.attendance")))
        .isEqualTo("80.0%");
    assertThat(SharedBrowser.text(browser, By.cssSelector(row + "td.certificates")))
        .isEqualTo("2 (1 revoked)");
    // e1 by the rule, e2's failed rule outcome overridden, e3 typed in
    assertThat(SharedBrowser.text(browser, By.cssSelector(row + "td.basis")))
        .isEqualTo("rule 1 · override 1 · manual 1");
    assertThat(SharedBrowser.text(browser, By.id("overall-attendance"))).endsWith("%");

    // Per session, in date order: s1 2 of 3 (e2's absence corrected to excused), s2 2 of 2, s3
    // cancelled (its entry counts only in its own row)
    SharedBrowser.click(browser, By.cssSelector(row + "td.attendance button"));
    String sessions = "tr.sessions[data-program-id='" + SessionScenario.program(x) + "']";
    wait.until(ExpectedConditions.attributeToBe(By.cssSelector(sessions), "data-loaded", "true"));
    // Read in one go (and again if a refresh re-rendered the rows meanwhile)
    List<List<String>> sessionRows =
        wait.until(
            d ->
                d.findElements(By.cssSelector(sessions + " tbody tr")).stream()
                    .map(
                        r ->
                            List.of(
                                r.getAttribute("data-session-id"),
                                r.findElement(By.cssSelector("td.session-rate")).getText(),
                                String.valueOf(r.getAttribute("class"))))
                    .toList());
    assertThat(sessionRows)
        .extracting(r -> r.get(0))
        .containsExactly(
            SessionScenario.sessionId(x, 1),
            SessionScenario.sessionId(x, 2),
            SessionScenario.sessionId(x, 3));
    assertThat(sessionRows).extracting(r -> r.get(1)).containsExactly("66.7%", "100.0%", "100.0%");
    assertThat(sessionRows.get(2).get(2)).isEqualTo("cancelled");
    wait.until(
        ExpectedConditions.attributeToBe(
            By.cssSelector(row + "td.attendance button"), "aria-expanded", "true"));
    assertThat(Long.parseLong(SharedBrowser.text(browser, By.id("overall-revoked")))).isPositive();

    // Drill-down: the programme's roster figures, attendance and sessions
    var figures = ReadModels.programs(folded).get(0).figures();
    SharedBrowser.click(browser, By.cssSelector(row + "td.title button"));
    String detail = "#program-detail[data-program-id='" + SessionScenario.program(x) + "'] ";
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector(detail + "dd.attendance")));
    assertThat(text(detail + "dd.attendance")).isEqualTo("80.0%");
    assertThat(text(detail + "dd.enrolled")).isEqualTo(String.valueOf(figures.enrolled()));
    assertThat(text(detail + "dd.completed")).isEqualTo(String.valueOf(figures.completed()));
    assertThat(browser.findElements(By.cssSelector(detail + "table tbody tr"))).hasSize(3);
  }

  @Test
  void dashboardShowsApplicationsSelectionAndQuotaFill() {
    String x = newPrefix();
    publish(SelectionScenario.all(x));
    ReportingState folded = ProjectionFold.fold(SelectionScenario.all(x));
    String programId = SelectionScenario.program(x);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                selectionQueries
                    .selection(programId)
                    .equals(ReadModels.selection(folded, programId)));

    SharedBrowser.open(port, "en");
    WebDriverWait wait = SharedBrowser.waiting(browser);
    wait.until(
        ExpectedConditions.attributeToBe(By.id("chart-applications"), "data-rendered", "true"));
    assertThat(browser.findElements(By.cssSelector("#chart-applications canvas"))).isNotEmpty();
    String row = "#selection tr[data-program-id='" + programId + "'] ";
    // Six applications, four offers (two from the reserve): two accepted after 10 h and 30 h.
    assertThat(text(row + "td.title")).isEqualTo("Film sound mentoring");
    assertThat(text(row + "td.submitted")).isEqualTo("6");
    assertThat(text(row + "td.offers")).isEqualTo("4 (2 from reserve)");
    assertThat(text(row + "td.selection-rate")).isEqualTo("66.7%");
    assertThat(text(row + "td.acceptance-rate")).isEqualTo("50.0%");
    assertThat(text(row + "td.time-to-accept")).isEqualTo("median 20.0 h · max 30.0 h");
    assertThat(text(row + "td.quotas"))
        .isEqualTo(
            "University student 1 of 1–2; Visual effects (VFX) 0 of 0–1; Cinematography 1 of 2–2"
                + " (below min)");
    // The first-come programme has no line; the tiles count every programme's applications.
    assertThat(
            browser.findElements(
                By.cssSelector(
                    "#selection tr[data-program-id='" + SelectionScenario.firstCome(x) + "']")))
        .isEmpty();
    assertThat(Long.parseLong(SharedBrowser.text(browser, By.id("overall-applications"))))
        .isGreaterThanOrEqualTo(6);
    assertThat(SharedBrowser.text(browser, By.id("overall-acceptance"))).endsWith("%");
    assertThat(SharedBrowser.text(browser, By.id("overall-time-to-accept"))).endsWith(" h");

    // Drill-down from the programme table: its applications and offers
    browser.findElement(By.id("programs-search")).sendKeys(x);
    By title = By.cssSelector("#programs tr[data-program-id='" + programId + "'] td.title button");
    wait.until(ExpectedConditions.presenceOfElementLocated(title));
    SharedBrowser.click(browser, title);
    String detail = "#program-detail[data-program-id='" + programId + "'] ";
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector(detail + "dd.submitted")));
    assertThat(text(detail + "dd.submitted")).isEqualTo("6");
    assertThat(text(detail + "dd.offers")).isEqualTo("4");
    assertThat(text(detail + "dd.selection-rate")).isEqualTo("66.7%");
  }

  private String text(String css) {
    return SharedBrowser.text(browser, By.cssSelector(css));
  }
}
