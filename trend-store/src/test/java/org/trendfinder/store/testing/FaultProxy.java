package org.trendfinder.store.testing;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * An HTTP proxy for S3 on loopback that injects faults and logs every request: it sits between a client
 * (S3A, the SDK) and an S3 server (usually {@link S3ProxyServer}), and per request, as a seeded
 * {@link FaultPlan} decides, forwards it, resets the connection, answers 503 SlowDown or 500 InternalError
 * with S3's XML error body, or forwards it late.
 *
 * <p>It parses only request and response heads and forwards bodies as bytes (including {@code aws-chunked}
 * and chunked ones), so S3 signatures stay valid: the Host header is kept, and the only header changed is
 * {@code Connection}, which signatures never cover. Every connection carries one request ({@code Connection:
 * close} both ways), which keeps the proxy free of HTTP body framing on the forwarding path.
 */
public final class FaultProxy implements AutoCloseable {

    private static final int MAX_HEAD_BYTES = 64 * 1024;
    private static final int SOCKET_TIMEOUT_MILLIS = 120_000;

    private final ServerSocket listener;
    private final int targetPort;
    private final ExecutorService workers;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicLong sequence = new AtomicLong();
    private final List<S3Request> log = new ArrayList<>();
    private final Map<Fault, AtomicLong> counts = new EnumMap<>(Fault.class);
    private final List<Socket> open = new ArrayList<>();
    private FaultPlan plan;
    private Random random;

    private FaultProxy(ServerSocket listener, int targetPort, FaultPlan plan) {
        this.listener = listener;
        this.targetPort = targetPort;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fault-proxy-" + listener.getLocalPort() + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        for (Fault f : Fault.values()) {
            counts.put(f, new AtomicLong());
        }
        plan(plan);
    }

    /** Listens on a free loopback port and forwards to {@code 127.0.0.1:targetPort}. */
    public static FaultProxy start(int targetPort, FaultPlan plan) throws IOException {
        ServerSocket listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        FaultProxy proxy = new FaultProxy(listener, targetPort, plan);
        Thread acceptor = new Thread(proxy::acceptLoop, "fault-proxy-accept-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
        return proxy;
    }

    public int port() {
        return listener.getLocalPort();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port());
    }

    /** Replaces the plan and reseeds the RNG (e.g. a clean setup phase, then faults). */
    public synchronized void plan(FaultPlan newPlan) {
        this.plan = newPlan;
        this.random = new Random(newPlan.seed());
    }

    public synchronized FaultPlan plan() {
        return plan;
    }

    /** Every request so far, in arrival order. */
    public List<S3Request> requests() {
        synchronized (log) {
            List<S3Request> copy = new ArrayList<>(log);
            copy.sort(Comparator.comparingLong(S3Request::seq));
            return copy;
        }
    }

    public List<S3Request> requests(S3Operation operation) {
        return requests().stream().filter(r -> r.operation() == operation).toList();
    }

    /** Forgets the request log and the fault counters. */
    public void clear() {
        synchronized (log) {
            log.clear();
        }
        counts.values().forEach(c -> c.set(0));
    }

    /** How many requests met each fault (NONE: forwarded untouched). */
    public Map<Fault, Long> faultCounts() {
        Map<Fault, Long> snapshot = new EnumMap<>(Fault.class);
        counts.forEach((f, c) -> snapshot.put(f, c.get()));
        return snapshot;
    }

    public long injectedFaults() {
        return counts.entrySet().stream().filter(e -> e.getKey() != Fault.NONE && e.getKey() != Fault.DELAYED)
                .mapToLong(e -> e.getValue().get()).sum();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        quietly(listener);
        synchronized (open) {
            open.forEach(FaultProxy::quietly);
        }
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void acceptLoop() {
        while (!closed.get()) {
            try {
                Socket client = listener.accept();
                track(client);
                workers.execute(() -> handle(client));
            } catch (IOException e) {
                if (!closed.get()) {
                    System.err.println("fault proxy: accept failed: " + e);
                }
                return;
            }
        }
    }

    private void handle(Socket client) {
        long seq = sequence.getAndIncrement();
        try (client) {
            client.setSoTimeout(SOCKET_TIMEOUT_MILLIS);
            InputStream fromClient = client.getInputStream();
            Optional<Head> maybeHead = Head.read(fromClient);
            if (maybeHead.isEmpty()) {
                return; // connection opened and closed without a request
            }
            Head request = maybeHead.get();
            String[] requestLine = request.firstLine().split(" ", 3);
            if (requestLine.length < 3) {
                respondError(client.getOutputStream(), 400, "BadRequest", "bad request line", "", false);
                return;
            }
            String method = requestLine[0].toUpperCase(Locale.ROOT);
            Target target = Target.parse(requestLine[1]);
            String copySource = request.header("x-amz-copy-source");
            S3Operation operation = S3Operation.classify(method, target.path(), target.params(), copySource);
            Fault chosen = decide(operation);
            Fault fault = chosen == Fault.RESET_MID_REQUEST && !request.hasBody() ? Fault.RESET_BEFORE_UPSTREAM : chosen;
            counts.get(fault).incrementAndGet();
            // Logged before the client gets any answer, so a client that has its response sees its request logged.
            IntConsumer logAs = status -> record(new S3Request(seq, method, target.bucket(), target.key(),
                    target.params(), operation, Optional.ofNullable(copySource), fault, status));
            switch (fault) {
                case RESET_BEFORE_UPSTREAM -> {
                    logAs.accept(-1);
                    reset(client);
                }
                case SLOW_DOWN_503, INTERNAL_ERROR_500 -> {
                    // Read the body the client is sending (unless it waits for 100-continue), so it sees our
                    // status rather than a broken pipe.
                    if (!"100-continue".equalsIgnoreCase(request.header("expect"))) {
                        drainBody(request, fromClient);
                    }
                    boolean slowDown = fault == Fault.SLOW_DOWN_503;
                    logAs.accept(slowDown ? 503 : 500);
                    respondError(client.getOutputStream(), slowDown ? 503 : 500,
                            slowDown ? "SlowDown" : "InternalError",
                            slowDown ? "Please reduce your request rate." : "We encountered an internal error. Please try again.",
                            target.path(), method.equals("HEAD"));
                }
                case DELAYED -> {
                    Thread.sleep(plan().delay().toMillis());
                    forward(client, request, false, logAs);
                }
                case RESET_MID_REQUEST -> forwardHalfTheBody(client, request, logAs);
                case RESET_MID_RESPONSE -> forward(client, request, true, logAs);
                case NONE -> forward(client, request, false, logAs);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            if (!closed.get()) {
                System.err.println("fault proxy: request " + seq + " failed: " + e);
            }
        } finally {
            untrack(client);
        }
    }

    private synchronized Fault decide(S3Operation operation) {
        // Draw for every request, eligible or not, so the sequence does not depend on the targets.
        double draw = random.nextDouble();
        double half = random.nextDouble();
        return plan.appliesTo(operation) ? plan.choose(draw, half) : Fault.NONE;
    }

    /**
     * Sends the request head (with {@code Connection: close}) to S3, pumps the client's body bytes up in a
     * second thread, and relays the response back. With {@code resetMidResponse}, the client gets half of
     * the final response head and then a reset. {@code logAs} gets S3's final status (-1 if there was none)
     * before the client sees it.
     */
    private void forward(Socket client, Head request, boolean resetMidResponse, IntConsumer logAs) throws IOException {
        exchange(request, (upstream, toUpstream) -> {
            InputStream fromClient = client.getInputStream();
            workers.execute(() -> pump(fromClient, toUpstream));

            InputStream fromUpstream = upstream.getInputStream();
            OutputStream toClient = client.getOutputStream();
            while (true) {
                Optional<Head> maybeResponse = Head.read(fromUpstream);
                if (maybeResponse.isEmpty()) {
                    logAs.accept(-1);
                    throw new EOFException("S3 closed the connection without a response");
                }
                Head response = maybeResponse.get();
                int status = response.status();
                if (status >= 100 && status < 200) {
                    toClient.write(response.bytes()); // 100 Continue: the client now sends its body
                    toClient.flush();
                    continue;
                }
                byte[] head = response.withConnectionClose();
                logAs.accept(status);
                if (resetMidResponse) {
                    toClient.write(head, 0, Math.max(1, head.length / 2));
                    toClient.flush();
                    reset(client);
                    return;
                }
                toClient.write(head);
                fromUpstream.transferTo(toClient);
                toClient.flush();
                return;
            }
        });
    }

    /**
     * Sends S3 the request head and about half of the body (relaying its 100 Continue if the client waits for
     * one), then resets both connections: S3 sees a truncated upload, the client a reset while sending.
     */
    private void forwardHalfTheBody(Socket client, Head request, IntConsumer logAs) throws IOException {
        exchange(request, (upstream, toUpstream) -> {
            if ("100-continue".equalsIgnoreCase(request.header("expect"))) {
                Optional<Head> interim = Head.read(upstream.getInputStream());
                if (interim.isEmpty() || interim.get().status() != 100) {
                    // S3 answered before wanting the body (e.g. an auth error): reset on that answer instead.
                    logAs.accept(interim.map(Head::status).orElse(-1));
                    reset(client);
                    return;
                }
                client.getOutputStream().write(interim.get().bytes());
                client.getOutputStream().flush();
            }
            String length = request.header("content-length");
            long half = length != null ? Math.max(1, Long.parseLong(length.trim()) / 2) : 1024;
            InputStream fromClient = client.getInputStream();
            byte[] buffer = new byte[8192];
            long sent = 0;
            while (sent < half) {
                int n = fromClient.read(buffer, 0, (int) Math.min(buffer.length, half - sent));
                if (n < 0) {
                    break;
                }
                toUpstream.write(buffer, 0, n);
                sent += n;
            }
            toUpstream.flush();
            logAs.accept(-1);
            reset(client);
            reset(upstream);
        });
    }

    /** What a fault does with its own connection to S3, once the request head has been sent on it. */
    @FunctionalInterface
    private interface Exchange {
        void with(Socket upstream, OutputStream toUpstream) throws IOException;
    }

    /**
     * Opens a connection to S3 (tracked, so {@link #close()} can cut it), sends the request head with
     * {@code Connection: close} and leaves the rest of the exchange to {@code exchange}.
     */
    private void exchange(Head request, Exchange exchange) throws IOException {
        try (Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort)) {
            track(upstream);
            try {
                upstream.setSoTimeout(SOCKET_TIMEOUT_MILLIS);
                OutputStream toUpstream = upstream.getOutputStream();
                toUpstream.write(request.withConnectionClose());
                toUpstream.flush();
                exchange.with(upstream, toUpstream);
            } finally {
                untrack(upstream);
            }
        }
    }

    private static void pump(InputStream in, OutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            // The exchange ended (S3 answered and closed, or a reset): nothing more to send.
        }
    }

    private static void drainBody(Head request, InputStream in) throws IOException {
        String length = request.header("content-length");
        if ("chunked".equalsIgnoreCase(request.header("transfer-encoding"))) {
            // Chunks: "<hex size>[;ext]\r\n<data>\r\n" ... "0\r\n" trailers "\r\n".
            while (true) {
                String sizeLine = readLine(in);
                int size = Integer.parseInt(sizeLine.split(";", 2)[0].trim(), 16);
                if (size == 0) {
                    while (!readLine(in).isEmpty()) {
                        // trailer headers
                    }
                    return;
                }
                in.skipNBytes(size);
                readLine(in);
            }
        } else if (length != null) {
            in.skipNBytes(Long.parseLong(length.trim()));
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int i = 0; i < MAX_HEAD_BYTES; i++) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("body ended early");
            }
            if (b == '\n') {
                String s = line.toString(StandardCharsets.ISO_8859_1);
                return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
            line.write(b);
        }
        throw new IOException("line too long");
    }

    private static void respondError(OutputStream out, int status, String code, String message, String resource,
                                     boolean headRequest) throws IOException {
        String requestId = "faultproxy-" + Long.toHexString(System.nanoTime());
        byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>"
                + message + "</Message><Resource>" + xml(resource) + "</Resource><RequestId>" + requestId
                + "</RequestId></Error>").getBytes(StandardCharsets.UTF_8);
        String reason = switch (status) {
            case 503 -> "Slow Down";
            case 500 -> "Internal Server Error";
            default -> "Bad Request";
        };
        String head = "HTTP/1.1 " + status + " " + reason + "\r\n"
                + "Content-Type: application/xml\r\n"
                + "Content-Length: " + (headRequest ? 0 : body.length) + "\r\n"
                + "x-amz-request-id: " + requestId + "\r\n"
                + "Connection: close\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        if (!headRequest) {
            out.write(body);
        }
        out.flush();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Closes with SO_LINGER 0, which sends RST instead of FIN: the peer sees "Connection reset". */
    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
            socket.close();
        } catch (IOException e) {
            // already gone
        }
    }

    private void record(S3Request request) {
        synchronized (log) {
            log.add(request);
        }
    }

    private void track(Socket s) {
        synchronized (open) {
            open.add(s);
        }
    }

    private void untrack(Socket s) {
        synchronized (open) {
            open.remove(s);
        }
    }

    private static void quietly(Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    /** A request or response head: the start line and headers, as received. */
    private record Head(byte[] bytes, String firstLine, List<String[]> headers) {

        /** Reads up to and including the blank line; empty if the stream ends before any byte. */
        static Optional<Head> read(InputStream in) throws IOException {
            ByteArrayOutputStream buf = new ByteArrayOutputStream(1024);
            int matched = 0;
            while (matched < 4) {
                int b;
                try {
                    b = in.read();
                } catch (SocketException e) {
                    if (buf.size() == 0) {
                        return Optional.empty();
                    }
                    throw e;
                }
                if (b < 0) {
                    if (buf.size() == 0) {
                        return Optional.empty();
                    }
                    throw new EOFException("head ended early");
                }
                buf.write(b);
                if (buf.size() > MAX_HEAD_BYTES) {
                    throw new IOException("head larger than " + MAX_HEAD_BYTES + " bytes");
                }
                matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3))
                        ? matched + 1 : (b == '\r' ? 1 : 0);
            }
            byte[] bytes = buf.toByteArray();
            String[] lines = new String(bytes, StandardCharsets.ISO_8859_1).split("\r\n");
            List<String[]> headers = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.add(new String[] {lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim()});
                }
            }
            return Optional.of(new Head(bytes, lines[0], headers));
        }

        boolean hasBody() {
            String length = header("content-length");
            return "chunked".equalsIgnoreCase(header("transfer-encoding"))
                    || (length != null && Long.parseLong(length.trim()) > 0);
        }

        String header(String name) {
            return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).findFirst().orElse(null);
        }

        int status() {
            String[] parts = firstLine.split(" ", 3);
            return parts.length >= 2 ? Integer.parseInt(parts[1]) : -1;
        }

        /** The same head with any Connection/Keep-Alive header replaced by {@code Connection: close}. */
        byte[] withConnectionClose() {
            StringBuilder out = new StringBuilder(firstLine).append("\r\n");
            for (String[] h : headers) {
                String name = h[0].toLowerCase(Locale.ROOT);
                if (!name.equals("connection") && !name.equals("keep-alive") && !name.equals("proxy-connection")) {
                    out.append(h[0]).append(": ").append(h[1]).append("\r\n");
                }
            }
            out.append("Connection: close\r\n\r\n");
            return out.toString().getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    /** A path-style request target: {@code /bucket/key?query}, decoded. */
    private record Target(String path, String bucket, String key, Map<String, String> params) {

        static Target parse(String rawTarget) {
            String raw = rawTarget;
            if (raw.startsWith("http://") || raw.startsWith("https://")) {
                int slash = raw.indexOf('/', raw.indexOf("//") + 2);
                raw = slash < 0 ? "/" : raw.substring(slash);
            }
            int q = raw.indexOf('?');
            String rawPath = q < 0 ? raw : raw.substring(0, q);
            Map<String, String> params = new LinkedHashMap<>();
            if (q >= 0) {
                for (String pair : raw.substring(q + 1).split("&")) {
                    if (pair.isEmpty()) {
                        continue;
                    }
                    int eq = pair.indexOf('=');
                    params.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
                }
            }
            String path = decodePath(rawPath);
            String p = path.startsWith("/") ? path.substring(1) : path;
            int slash = p.indexOf('/');
            String bucket = slash < 0 ? p : p.substring(0, slash);
            String key = slash < 0 ? "" : p.substring(slash + 1);
            return new Target(path, bucket, key, java.util.Collections.unmodifiableMap(params));
        }

        private static String decode(String s) {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        }

        /** Path segments are percent-encoded, and a '+' in a path is a plus, not a space. */
        private static String decodePath(String s) {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        }
    }
}
