package org.crewtraining.support.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.crewtraining.support.idempotency.IdempotentRequests;
import org.crewtraining.support.kafka.EventKafkaAutoConfiguration;
import org.crewtraining.support.tracing.EventTracing;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Transactional outbox, idempotent requests and processed-event claims for services with a DB. */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, KafkaAutoConfiguration.class})
@ConditionalOnBean(DataSource.class)
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

  @Bean
  SupportMigrations supportMigrations() {
    return new SupportMigrations();
  }

  @Bean
  OutboxSignal outboxSignal() {
    return new OutboxSignal();
  }

  @Bean
  OutboxWriter outboxWriter(JdbcClient jdbc, OutboxSignal signal, EventTracing tracing) {
    return new OutboxWriter(jdbc, signal, tracing);
  }

  @Bean
  OutboxMonitor outboxMonitor(JdbcClient jdbc) {
    return new OutboxMonitor(jdbc);
  }

  @Bean
  ProcessedEvents processedEvents(JdbcClient jdbc) {
    return new ProcessedEvents(jdbc);
  }

  @Bean
  IdempotentRequests idempotentRequests(
      JdbcClient jdbc, PlatformTransactionManager transactionManager, JsonMapper json) {
    return new IdempotentRequests(jdbc, new TransactionTemplate(transactionManager), json);
  }

  @Bean(destroyMethod = "close")
  @ConditionalOnProperty(name = "crew.outbox.relay-enabled", matchIfMissing = true)
  OutboxRelay outboxRelay(
      JdbcClient jdbc,
      JdbcTemplate jdbcTemplate,
      PlatformTransactionManager transactionManager,
      ProducerFactory<?, ?> producerFactory,
      OutboxProperties properties,
      MeterRegistry registry,
      EventTracing tracing,
      @Value("${spring.application.name:crew-service}") String applicationName) {
    return new OutboxRelay(
        jdbc,
        jdbcTemplate,
        new TransactionTemplate(transactionManager),
        relayProducer(producerFactory, properties, applicationName, registry),
        properties,
        registry,
        tracing);
  }

  @Bean
  @ConditionalOnProperty(name = "crew.outbox.relay-enabled", matchIfMissing = true)
  OutboxRelayLoop outboxRelayLoop(
      OutboxRelay relay, OutboxSignal signal, OutboxProperties properties) {
    return new OutboxRelayLoop(relay, signal, properties);
  }

  /**
   * Own transactional producer with short blocking timeouts: while the broker is away the relay
   * gives its batch back quickly and tries again, instead of holding a database transaction for a
   * minute. One transactional id per service (not per instance), see {@link RelayProducer}.
   */
  static RelayProducer relayProducer(
      ProducerFactory<?, ?> base,
      OutboxProperties properties,
      String applicationName,
      MeterRegistry registry) {
    Map<String, Object> configs = new HashMap<>(base.getConfigurationProperties());
    configs.putAll(EventKafkaAutoConfiguration.eventProducerConfigs());
    int timeout = (int) Math.min(Integer.MAX_VALUE, properties.sendTimeoutMs());
    configs.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
    configs.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1000, timeout / 2));
    configs.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout);
    configs.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    // A batch right after the previous one finds that transaction still writing its commit
    // markers (CONCURRENT_TRANSACTIONS) and retries after this back-off; at the default 100 ms
    // every relay batch under steady load took ~100 ms (docs/performance.md).
    configs.put(ProducerConfig.RETRY_BACKOFF_MS_CONFIG, 5);
    // A transaction left open by a killed instance blocks read_committed consumers of its
    // partitions until a new relay producer fences it or the broker aborts it after this.
    configs.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, Math.max(30_000, 3 * timeout));
    return new RelayProducer(configs, applicationName + "-outbox-relay", registry);
  }
}
