package org.crewtraining.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.enrollments.CompletionOutcome;
import org.crewtraining.events.enrollments.ParticipantType;
import org.crewtraining.events.programs.ProgramFormat;
import org.crewtraining.readmodels.CrewFilter;
import org.crewtraining.readmodels.CrewScenario;
import org.crewtraining.readmodels.DistinctCrew;
import org.crewtraining.readmodels.ProgramSummary;
import org.crewtraining.readmodels.ProjectionFold;
import org.crewtraining.readmodels.ReadModels;
import org.crewtraining.readmodels.ReportingState;
import org.crewtraining.readmodels.TestEvents;
import org.crewtraining.reporting.IntegrationTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The bilingual, filtered dashboard in headless Chromium ({@link SharedBrowser}): Korean from the
 * browser's languages and the toggle kept, human labels for enum symbols, each filter changing the
 * figures and the live updates (a completion outside the filter does not move the tiles, one inside
 * does), the trend chart, and the programme table's sort, search and paging. Expected figures come
 * from the fold of the same events. A screenshot of each test is saved under target/screenshots/.
 */
@ExtendWith(SharedBrowser.QuitAtEnd.class)
class DashboardFiltersBrowserTest extends IntegrationTestBase {

  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void startBrowser() {
    browser = SharedBrowser.signedIn(port);
    // The page re-renders rows behind live updates: a row read mid-render is read again.
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
  }

  @AfterEach
  void screenshot(TestInfo test) {
    SharedBrowser.screenshot(
        getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName());
  }

  @Test
  void koreanFromTheBrowsersLanguagesTheToggleKeptAndEveryEnumLabelled() {
    String x = applyScenario();
    SharedBrowser.open(port, null); // nothing chosen: navigator.languages says Korean first
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ko");
    assertThat(text("h1")).isEqualTo("크루 교육: 수료 현황 대시보드");
    assertThat(optionText("filter-track", "CINEMATOGRAPHY")).isEqualTo("촬영");
    assertThat(optionText("filter-format", "SHORT_COURSE")).isEqualTo("단기 과정");
    assertEveryOptionLabelled();
    search(x);
    String rowA = "#programs tr[data-program-id='" + DashboardScenario.program(x, "A") + "'] ";
    assertThat(text(rowA + "td.track")).isEqualTo("시각효과(VFX)");
    assertThat(text(rowA + "td.status")).isEqualTo("초안"); // DRAFT

    SharedBrowser.click(browser, By.id("lang-en"));
    wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
    assertThat(text("h1")).isEqualTo("Crew training: completion dashboard");
    assertThat(optionText("filter-track", "CINEMATOGRAPHY")).isEqualTo("Cinematography");
    wait.until(
        ExpectedConditions.textToBe(By.cssSelector(rowA + "td.track"), "Visual effects (VFX)"));
    assertEveryOptionLabelled();
    assertThat(
            ((JavascriptExecutor) browser)
                .executeScript(
                    "return localStorage.getItem(arguments[0])", SharedBrowser.LANGUAGE_KEY))
        .isEqualTo("en");

    browser.navigate().refresh(); // the choice outlives the page
    wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    assertThat(browser.findElement(By.id("lang-en")).getAttribute("aria-pressed"))
        .isEqualTo("true");
  }

  @Test
  void eachFilterChangesTheFiguresAndTheLiveUpdatesRespectThem() {
    String x = applyScenario();
    List<SpecificRecord> events = DashboardScenario.events(x);
    String agency = CrewScenario.agency(x);
    SharedBrowser.open(port, "en");

    choose("filter-partner", agency);
    expectFigures(events, new DashboardFilter(null, null, agency, null, null));
    wait.until(ExpectedConditions.attributeToBe(By.id("chart-trend"), "data-completions", "4"));
    assertThat(browser.findElement(By.id("chart-trend")).getAttribute("data-points"))
        .isEqualTo("30");
    assertThat(browser.findElements(By.cssSelector("#chart-trend canvas"))).isNotEmpty();

    choose("filter-format", "SHORT_COURSE");
    expectFigures(events, new DashboardFilter(null, null, agency, "SHORT_COURSE", null));
    choose("filter-format", "");
    choose("filter-from-year", "2023");
    choose("filter-to-year", "2024");
    expectFigures(events, new DashboardFilter(2023, 2024, agency, null, null));
    choose("filter-from-year", "");
    choose("filter-to-year", "");
    choose("filter-track", "SOUND");
    expectFigures(events, new DashboardFilter(null, null, agency, null, "SOUND"));
    List<String> shown =
        wait.until(
            d ->
                d.findElements(By.cssSelector("#programs tbody tr[data-program-id]")).stream()
                    .map(r -> r.getAttribute("data-program-id"))
                    .toList());
    assertThat(shown).containsExactly(DashboardScenario.program(x, "C"));
    assertThat(text("#overall-enrolled")).isEqualTo("2");
    assertThat(text("#overall-completed")).isEqualTo("1");

    // Live: a completion in D (VFX, filtered out), applied before one in C (SOUND, filtered in)
    String vfx = DashboardScenario.program(x, "D");
    String sound = DashboardScenario.program(x, "C");
    publish(
        List.of(
            TestEvents.confirmed(x + "-e8", vfx, x + "-w", ParticipantType.INDUSTRY_WORKER),
            TestEvents.outcome(x + "-e8", vfx, x + "-w", CompletionOutcome.COMPLETED, 40.0)));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> queries.program(vfx).filter(p -> p.figures().completed() == 2).isPresent());
    assertThat(text("#overall-completed")).isEqualTo("1");
    publish(
        List.of(
            TestEvents.confirmed(x + "-e9", sound, x + "-z", ParticipantType.OTHER),
            TestEvents.outcome(x + "-e9", sound, x + "-z", CompletionOutcome.COMPLETED, 40.0)));
    wait.until(ExpectedConditions.textToBe(By.id("overall-completed"), "2"));
    assertThat(text("#overall-enrolled")).isEqualTo("3"); // C's 2 + 1: D's completion not counted
    wait.until(
        ExpectedConditions.textToBe(
            By.cssSelector("#programs tr[data-program-id='" + sound + "'] td.completed"), "2"));
  }

  @Test
  void theProgrammeTableSortsSearchesAndPagesOnTheServer() {
    String y = newPrefix();
    List<SpecificRecord> created = new ArrayList<>();
    for (int n = 1; n <= 12; n++) {
      created.add(
          TestEvents.created(
              y + String.format("-p%02d", n),
              String.format("Paging %02d", n),
              List.of(CrewScenario.agency(y)),
              ProgramFormat.WORKSHOP,
              CraftTrack.EDITING,
              2024,
              10));
    }
    publish(created);
    ReadModels.programs(ProjectionFold.fold(created)).forEach(this::awaitProgramme);
    SharedBrowser.open(port, "en");
    choose("filter-partner", CrewScenario.agency(y));
    new Select(browser.findElement(By.id("programs-size"))).selectByValue("10");
    wait.until(d -> titles().size() == 10);
    assertThat(titles()).first().isEqualTo("Paging 01"); // by id
    assertThat(text("#programs-page-info")).isEqualTo("Page 1 of 2 · 12 programmes");
    SharedBrowser.click(browser, By.id("programs-next"));
    wait.until(d -> titles().equals(List.of("Paging 11", "Paging 12")));
    assertThat(browser.findElement(By.id("programs-next")).isEnabled()).isFalse();

    SharedBrowser.click(browser, By.cssSelector("#programs th[data-sort=TITLE]")); // ascending
    wait.until(d -> titles().size() == 10 && titles().get(0).equals("Paging 01"));
    SharedBrowser.click(browser, By.cssSelector("#programs th[data-sort=TITLE]")); // descending
    wait.until(d -> !titles().isEmpty() && titles().get(0).equals("Paging 12"));
    assertThat(titles()).startsWith("Paging 12", "Paging 11", "Paging 10");
    assertThat(
            browser
                .findElement(By.cssSelector("#programs th[data-sort=TITLE]"))
                .getAttribute("aria-sort"))
        .isEqualTo("descending");

    search("paging 1");
    wait.until(d -> titles().equals(List.of("Paging 12", "Paging 11", "Paging 10")));
    assertThat(text("#programs-page-info")).isEqualTo("Page 1 of 1 · 3 programmes");
  }

  /** Publishes {@link DashboardScenario} and waits until the read models have it. */
  private String applyScenario() {
    String x = newPrefix();
    publish(DashboardScenario.events(x));
    DashboardScenario.folded(x).forEach(this::awaitProgramme);
    return x;
  }

  /** Waits for the page to show this filter everywhere, then checks the tiles against the fold. */
  private void expectFigures(List<SpecificRecord> events, DashboardFilter filter) {
    String query = query(filter);
    wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-filter", query));
    wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-stream-filter", query));
    wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
    ReportingState state = ProjectionFold.fold(events);
    List<ProgramSummary> selected =
        ReadModels.programs(state).stream().filter(filter::matches).toList();
    DistinctCrew crew =
        DistinctCrew.of(
            state,
            new CrewFilter(
                filter.fromYear(),
                filter.toYear(),
                filter.partner(),
                filter.format(),
                filter.track(),
                null));
    assertThat(text("#total-programmes")).as(query).isEqualTo(String.valueOf(selected.size()));
    assertThat(text("#overall-enrolled"))
        .as(query)
        .isEqualTo(String.valueOf(selected.stream().mapToLong(p -> p.figures().enrolled()).sum()));
    assertThat(text("#crew-participants")).as(query).isEqualTo(String.valueOf(crew.participants()));
    assertThat(text("#crew-completers")).as(query).isEqualTo(String.valueOf(crew.completers()));
    assertThat(browser.findElements(By.cssSelector("#programs tbody tr[data-program-id]")))
        .as(query)
        .hasSize(selected.size());
  }

  /** The page's query string for a filter, as URLSearchParams writes it. */
  private static String query(DashboardFilter f) {
    List<String> parts = new ArrayList<>();
    add(parts, "fromYear", f.fromYear());
    add(parts, "toYear", f.toYear());
    add(parts, "partner", f.partner());
    add(parts, "format", f.format());
    add(parts, "track", f.track());
    return String.join("&", parts);
  }

  private static void add(List<String> parts, String name, Object value) {
    if (value != null) {
      parts.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
    }
  }

  private void choose(String select, String value) {
    new Select(browser.findElement(By.id(select))).selectByValue(value);
  }

  private void search(String text) {
    WebElement box = browser.findElement(By.id("programs-search"));
    box.clear();
    box.sendKeys(text);
    wait.until(
        d -> {
          List<WebElement> cells =
              d.findElements(By.cssSelector("#programs tbody tr[data-program-id] td.title"));
          return !cells.isEmpty()
              && cells.stream()
                  .allMatch(
                      td ->
                          (td.getText()
                                  + " "
                                  + td.findElement(By.xpath("..")).getAttribute("data-program-id"))
                              .toLowerCase()
                              .contains(text.toLowerCase()));
        });
  }

  private List<String> titles() {
    return wait.until(
        d ->
            d.findElements(By.cssSelector("#programs tbody tr[data-program-id] td.title")).stream()
                .map(WebElement::getText)
                .toList());
  }

  /** Every format and track to filter by is shown by its label, never its symbol. */
  private void assertEveryOptionLabelled() {
    for (String select : List.of("filter-format", "filter-track")) {
      List<WebElement> options =
          browser.findElements(By.cssSelector("#" + select + " option:not([value=''])"));
      assertThat(options).hasSizeGreaterThan(5);
      assertThat(options)
          .allSatisfy(
              o -> assertThat(o.getText()).isNotBlank().isNotEqualTo(o.getAttribute("value")));
    }
  }

  private String optionText(String select, String value) {
    return SharedBrowser.text(
        browser, By.cssSelector("#" + select + " option[value='" + value + "']"));
  }

  private String text(String css) {
    return SharedBrowser.text(browser, By.cssSelector(css));
  }
}
