package org.crewtraining.support.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may use the management port ({@code management.server.port}: health, info, metrics,
 * prometheus): clients whose address is in one of these networks, without credentials; everyone
 * else gets 403. The check is on the TCP peer's address, never on a forwarded header.
 *
 * @param allowedNetworks addresses or CIDR blocks (IPv4 or IPv6), e.g. {@code 10.0.0.0/8}; loopback
 *     only by default. Env: {@code CREW_MANAGEMENT_ALLOWED_NETWORKS=127.0.0.0/8,::1/128,10.0.0.0/8}
 */
@ConfigurationProperties("crew.management")
public record ManagementNetworkProperties(List<String> allowedNetworks) {

  static final List<String> LOOPBACK = List.of("127.0.0.0/8", "::1/128");

  public ManagementNetworkProperties {
    allowedNetworks =
        allowedNetworks == null || allowedNetworks.isEmpty()
            ? LOOPBACK
            : List.copyOf(allowedNetworks);
  }
}
