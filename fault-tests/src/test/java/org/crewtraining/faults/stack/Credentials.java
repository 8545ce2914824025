package org.crewtraining.faults.stack;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The operator login (all roles) sent on every request but health checks: harmless while the
 * services have no authentication, required once they do.
 */
public final class Credentials {

  public static final String USER = "operator";
  public static final String PASSWORD = "crew-operator";
  public static final String BASIC =
      "Basic "
          + Base64.getEncoder()
              .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

  private Credentials() {}
}
