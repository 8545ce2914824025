package org.crewtraining.support.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Health "broker": UP while the broker answers a cluster description within the timeout. Part of
 * the readiness group only (crew-security.yml): a broker outage makes a service not ready, so no
 * traffic is routed to it, but never not live, so it is not restarted for what a restart cannot
 * fix.
 */
class BrokerHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

  private final Map<String, Object> configs;
  private final Duration timeout;
  private Admin admin;

  BrokerHealthIndicator(KafkaAdmin kafkaAdmin, Duration timeout) {
    super("Broker health check failed");
    this.configs = new HashMap<>(kafkaAdmin.getConfigurationProperties());
    configs.put(AdminClientConfig.CLIENT_ID_CONFIG, "health-broker");
    this.timeout = timeout;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) throws Exception {
    DescribeClusterResult cluster =
        admin().describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()));
    int nodes = cluster.nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).size();
    builder.up().withDetail("nodes", nodes);
  }

  private synchronized Admin admin() {
    if (admin == null) {
      admin = Admin.create(configs);
    }
    return admin;
  }

  @Override
  public synchronized void destroy() {
    if (admin != null) {
      admin.close(Duration.ZERO);
      admin = null;
    }
  }
}
