package org.crewtraining.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.crewtraining.support.testing.TestUser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for every browser test of the run (they share one Spring context, so one
 * port): started on first use, signed in once through the login form as a viewer, quit when the
 * test run ends ({@link QuitAtEnd}; a JVM shutdown hook would hold the JVM's exit up). Its
 * languages are Korean first, so the page's default from navigator.languages is Korean unless a
 * test chose a language. Uses the Debian packages chromium and chromium-driver; with both paths
 * given, Selenium Manager never downloads anything.
 */
final class SharedBrowser {

  static final String LANGUAGE_KEY = "crew.dashboard.lang";
  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static WebDriver driver;
  private static int signedInPort;

  private SharedBrowser() {}

  /** The browser, signed in to the service on this port; skips the test without Chromium. */
  static synchronized WebDriver signedIn(int port) {
    boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
    if (!installed && !"true".equals(System.getenv("CI"))) {
      Assumptions.abort(
          "Skipped: /usr/bin/chromium or /usr/bin/chromedriver missing (apt-get install -y"
              + " chromium chromium-driver); in CI (CI=true) this test fails instead.");
    }
    assertThat(installed).as("chromium and chromium-driver must be installed in CI").isTrue();
    if (driver == null) {
      driver = start();
    }
    if (signedInPort != port) {
      signIn(port);
      signedInPort = port;
    }
    return driver;
  }

  private static WebDriver start() {
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER)
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-dev-shm-usage",
        "--lang=ko-KR",
        "--window-size=1400,1200");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ko-KR,ko,en"));
    return new ChromeDriver(service, options);
  }

  /** The dashboard sends a browser without a session to the login form, then back to itself. */
  private static void signIn(int port) {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    driver.get("http://127.0.0.1:" + port + "/dashboard");
    wait.until(ExpectedConditions.urlContains("/login"));
    driver.findElement(By.id("username")).sendKeys(TestUser.VIEWER.username());
    driver.findElement(By.id("password")).sendKeys(TestUser.VIEWER.password());
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains("/dashboard"));
  }

  /**
   * Opens the dashboard afresh in this language (kept in localStorage as the toggle keeps it), or
   * with none chosen (null: the browser's languages decide), and waits until its panels loaded.
   */
  static void open(int port, String language) {
    // localStorage belongs to the origin: set it on a cheap page of the service first.
    driver.get("http://127.0.0.1:" + port + "/dashboard.css");
    ((JavascriptExecutor) driver)
        .executeScript(
            language == null
                ? "localStorage.removeItem(arguments[0])"
                : "localStorage.setItem(arguments[0], arguments[1])",
            LANGUAGE_KEY,
            language);
    driver.get("http://127.0.0.1:" + port + "/dashboard");
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
  }

  private static synchronized void quit() {
    if (driver != null) {
      driver.quit();
      driver = null;
      signedInPort = 0;
    }
  }

  /**
   * Quits the browser when the whole test run ends: the root context's store closes what it holds
   * (AutoCloseable) then, after every class that used the browser.
   */
  static final class QuitAtEnd implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
      context
          .getRoot()
          .getStore(ExtensionContext.Namespace.GLOBAL)
          .computeIfAbsent(
              SharedBrowser.class, key -> (AutoCloseable) SharedBrowser::quit, AutoCloseable.class);
    }
  }

  /** A wait of 20 s that reads an element again when the page re-rendered it meanwhile. */
  static WebDriverWait waiting(WebDriver browser) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /** The element's text, read again if live updates re-rendered it while reading. */
  static String text(WebDriver browser, By element) {
    return waiting(browser).until(d -> d.findElement(element).getText());
  }

  /** Clicks the element, found again if live updates re-rendered it first. */
  static void click(WebDriver browser, By element) {
    waiting(browser)
        .until(
            d -> {
              d.findElement(element).click();
              return true;
            });
  }

  /** Saves what the browser shows as target/screenshots/{name}.png (the build's artefacts). */
  static void screenshot(String name) {
    if (driver == null) {
      return;
    }
    try {
      Files.createDirectories(SCREENSHOTS);
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
