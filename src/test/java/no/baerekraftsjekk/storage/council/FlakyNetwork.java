package no.baerekraftsjekk.storage.council;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A network between the program and the server that a test can cut and mend: a forwarder on
 * loopback, in front of the server's port. Cutting it closes every connection through it and
 * refuses new ones, as a lost VPN or Wi-Fi does; the server itself keeps running.
 */
public final class FlakyNetwork implements AutoCloseable {
    private final int serverPort;
    private final int port;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listener;

    public FlakyNetwork(int serverPort) throws IOException {
        this.serverPort = serverPort;
        this.listener = listen(0);
        this.port = listener.getLocalPort();
        accept(listener);
    }

    public int port() {
        return port;
    }

    public void cut() throws IOException {
        listener.close();
        for (Socket socket : open) {
            socket.close();
        }
        open.clear();
    }

    public void mend() throws IOException {
        listener = listen(port);
        accept(listener);
    }

    private static ServerSocket listen(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return socket;
    }

    private void accept(ServerSocket on) {
        Thread.ofVirtual().start(() -> {
            while (!on.isClosed()) {
                try {
                    Socket client = on.accept();
                    Socket server = new Socket(InetAddress.getLoopbackAddress(), serverPort);
                    open.add(client);
                    open.add(server);
                    pump(client, server);
                    pump(server, client);
                } catch (IOException e) {
                    return;
                }
            }
        });
    }

    private static void pump(Socket from, Socket to) {
        Thread.ofVirtual().start(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // Cut: the other direction notices on its own.
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException e) {
                    // Already closed.
                }
            }
        });
    }

    @Override
    public void close() throws IOException {
        cut();
    }
}
