package org.crewtraining.contracts;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The real schema registry for every test of a module that has this test-jar: once per test run
 * (JUnit launcher session) it makes sure the registry of {@link RegistrySettings#fromEnvironment()}
 * answers — starting the local one with {@code bin/schema-registry start} when it does not
 * (bin/test has usually started it already) — and registers the bundled schema history. Never a
 * mock.
 */
public class RealSchemaRegistry implements LauncherSessionListener {

  private static volatile boolean ready;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    ensureRunning();
  }

  public static synchronized RegistrySettings ensureRunning() {
    RegistrySettings settings = RegistrySettings.fromEnvironment();
    if (ready) {
      return settings;
    }
    if (!answers(settings)) {
      if (!settings.url().equals(RegistrySettings.DEFAULT_URL)) {
        throw new IllegalStateException("No schema registry answers at " + settings.url());
      }
      start();
    }
    SchemaRegistration.registerHistory(new SchemaRegistry(settings), SchemaHistory.bundled());
    ready = true;
    return settings;
  }

  static boolean answers(RegistrySettings settings) {
    try {
      HttpResponse<Void> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(settings.url() + "/subjects"))
                      .timeout(Duration.ofSeconds(3))
                      .build(),
                  HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void start() {
    File script = findScript();
    try {
      Process process =
          new ProcessBuilder(script.getPath(), "start")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.INHERIT)
              .start();
      if (process.waitFor() != 0) {
        throw new IllegalStateException(
            script + " start failed (exit " + process.exitValue() + ")");
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot run " + script, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while starting the schema registry", e);
    }
  }

  private static File findScript() {
    for (File dir = new File("").getAbsoluteFile(); dir != null; dir = dir.getParentFile()) {
      File script = new File(dir, "bin/schema-registry");
      if (script.canExecute()) {
        return script;
      }
    }
    throw new IllegalStateException(
        "No schema registry answers at "
            + RegistrySettings.DEFAULT_URL
            + " and bin/schema-registry was not found above "
            + new File("").getAbsolutePath());
  }
}
