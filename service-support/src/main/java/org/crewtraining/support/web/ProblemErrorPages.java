package org.crewtraining.support.web;

import org.apache.catalina.Container;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts {@link ProblemErrorReportValve} in place of Tomcat's HTML error valve on the host. Runs
 * after Boot's customizer, which adds its own {@link ErrorReportValve} that this one replaces; the
 * host is told the valve's class so that it adds no default one when it starts.
 */
public class ProblemErrorPages
    implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

  private final JsonMapper jsonMapper;

  public ProblemErrorPages(JsonMapper jsonMapper) {
    this.jsonMapper = jsonMapper;
  }

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(context -> replaceErrorValve(context.getParent()));
  }

  private void replaceErrorValve(Container host) {
    Pipeline pipeline = host.getPipeline();
    for (Valve valve : pipeline.getValves()) {
      if (valve instanceof ErrorReportValve) {
        pipeline.removeValve(valve);
      }
    }
    pipeline.addValve(new ProblemErrorReportValve(jsonMapper));
    if (host instanceof StandardHost standardHost) {
      standardHost.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
    }
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
