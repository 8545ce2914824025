package org.crewtraining.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.async.MinimalHttpAsyncClient;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.http2.config.H2Config;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * The open-loop load generator's HTTP client: Apache HttpClient 5's minimal async client (HTTP/1.1,
 * pooled keep-alive connections, one I/O thread). The JDK client cost the e2e benchmark 1.0–2.1 ms
 * of CPU per request, 9–29 % of this two-core machine, which the services then lacked; the measured
 * figures carry this client's cost next to the services' (CpuMeter).
 */
final class LoadClient implements AutoCloseable {

  /** Status and body of an answer. */
  record Answer(int status, String body) {}

  private final MinimalHttpAsyncClient client;

  LoadClient(int maxConnections) {
    client =
        HttpAsyncClients.createMinimal(
            HttpVersionPolicy.FORCE_HTTP_1,
            H2Config.DEFAULT,
            Http1Config.DEFAULT,
            IOReactorConfig.custom()
                .setIoThreadCount(1)
                .setSoTimeout(Timeout.ofSeconds(30))
                .build(),
            PoolingAsyncClientConnectionManagerBuilder.create()
                .setMaxConnTotal(maxConnections)
                .setMaxConnPerRoute(maxConnections)
                .build());
    client.start();
  }

  CompletableFuture<Answer> send(String method, String url, String json) {
    SimpleRequestBuilder builder =
        SimpleRequestBuilder.create(method)
            .setUri(url)
            .addHeader("Authorization", Http.AUTHORIZATION);
    if (json != null) {
      builder.setBody(json, ContentType.APPLICATION_JSON);
    }
    SimpleHttpRequest request = builder.build();
    CompletableFuture<Answer> answer = new CompletableFuture<>();
    client.execute(
        request,
        new FutureCallback<SimpleHttpResponse>() {
          @Override
          public void completed(SimpleHttpResponse response) {
            answer.complete(new Answer(response.getCode(), response.getBodyText()));
          }

          @Override
          public void failed(Exception e) {
            answer.completeExceptionally(e);
          }

          @Override
          public void cancelled() {
            answer.cancel(false);
          }
        });
    return answer;
  }

  /** A GET that must answer 200; its body. */
  String get(String url) {
    try {
      Answer answer = send("GET", url, null).get();
      if (answer.status() != 200) {
        throw new IllegalStateException(
            "GET " + url + " → " + answer.status() + " " + answer.body());
      }
      return answer.body();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io
          ? new UncheckedIOException(io)
          : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    client.close(CloseMode.GRACEFUL);
  }
}
