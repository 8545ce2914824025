package org.crewtraining.support.security;

import java.util.List;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * The management server's Tomcat never takes the client's address from X-Forwarded-For: Boot gives
 * it the application server's RemoteIpValve whenever forwarded headers are honoured ({@code
 * server.forward-headers-strategy=native}, or on a detected cloud platform), and any peer inside
 * the valve's trusted networks could then claim to be 127.0.0.1 and pass {@link
 * ManagementNetworkFilter}. The network check must see the TCP peer.
 */
@ManagementContextConfiguration(value = ManagementContextType.CHILD, proxyBeanMethods = false)
@ConditionalOnClass(TomcatServletWebServerFactory.class)
public class ManagementPeerAddress {

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> crewManagementWithoutRemoteIpValve() {
    return new WithoutRemoteIpValve();
  }

  /** Runs after Boot's own Tomcat customizer, which adds the valve. */
  static final class WithoutRemoteIpValve
      implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
      List<Valve> kept =
          factory.getEngineValves().stream().filter(v -> !(v instanceof RemoteIpValve)).toList();
      factory.setEngineValves(kept);
    }

    @Override
    public int getOrder() {
      return Ordered.LOWEST_PRECEDENCE;
    }
  }
}
