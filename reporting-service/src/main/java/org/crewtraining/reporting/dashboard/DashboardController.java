package org.crewtraining.reporting.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard is a static page (static/dashboard.html); the root points at it. */
@Controller
public class DashboardController {

  @GetMapping({"/", "/dashboard"})
  public String dashboard() {
    return "forward:/dashboard.html";
  }
}
