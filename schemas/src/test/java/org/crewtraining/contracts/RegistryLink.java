package org.crewtraining.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP link to the real registry that a test can cut and restore: the registry itself keeps
 * running for the other tests, while whatever is configured with {@link #settings} sees it go away
 * (connection refused) and come back on the same port.
 */
public final class RegistryLink implements AutoCloseable {

  private final RegistrySettings target;
  private final int port;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private volatile ServerSocket server;

  public RegistryLink(RegistrySettings target) throws IOException {
    this.target = target;
    ServerSocket first = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.port = first.getLocalPort();
    accept(first);
  }

  /** Settings that reach the registry through this link. */
  public RegistrySettings settings(boolean autoRegister) {
    URI uri = URI.create(target.url());
    return new RegistrySettings("http://127.0.0.1:" + port + uri.getRawPath(), autoRegister);
  }

  /** Refuses new connections and drops the open ones. */
  public synchronized void cut() throws IOException {
    server.close();
    for (Socket socket : open) {
      socket.close();
    }
    open.clear();
  }

  public synchronized void restore() throws IOException {
    ServerSocket again = new ServerSocket();
    again.setReuseAddress(true);
    again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    accept(again);
  }

  private void accept(ServerSocket listening) {
    server = listening;
    Thread acceptor =
        new Thread(
            () -> {
              while (!listening.isClosed()) {
                try {
                  Socket client = listening.accept();
                  URI uri = URI.create(target.url());
                  Socket upstream = new Socket(uri.getHost(), uri.getPort());
                  if (!keep(listening, client, upstream)) {
                    continue; // accepted just before a cut: that connection is cut too
                  }
                  pump(client, upstream);
                  pump(upstream, client);
                } catch (IOException e) {
                  // closed by cut(), or the registry refused: the client sees a dropped connection
                }
              }
            },
            "registry-link-" + port);
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Registers a connection unless the link was cut meanwhile (then closes it). */
  private synchronized boolean keep(ServerSocket listening, Socket client, Socket upstream) {
    if (listening.isClosed()) {
      closeQuietly(client);
      closeQuietly(upstream);
      return false;
    }
    open.add(client);
    open.add(upstream);
    return true;
  }

  private static void pump(Socket from, Socket to) {
    Thread pump =
        new Thread(
            () -> {
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
              } catch (IOException e) {
                // one side closed
              } finally {
                closeQuietly(from);
                closeQuietly(to);
              }
            });
    pump.setDaemon(true);
    pump.start();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    cut();
  }
}
