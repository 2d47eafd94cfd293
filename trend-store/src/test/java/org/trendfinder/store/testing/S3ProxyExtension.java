package org.trendfinder.store.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 lifecycle for an {@link S3ProxyServer} (and optionally a {@link FaultProxy} in front of it), one per
 * test class:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final S3ProxyExtension s3 = S3ProxyExtension.withFaultProxy();
 * ... new HadoopStoreFiles(s3.server().s3aUri("store"), conf(s3.server().hadoopConf(s3.proxy().endpoint()))) ...
 * </pre>
 *
 * The server's folder is a fresh temporary directory, deleted after the class.
 */
public final class S3ProxyExtension implements BeforeAllCallback, AfterAllCallback {

    private final boolean faultProxy;
    private Path dir;
    private S3ProxyServer server;
    private FaultProxy proxy;

    private S3ProxyExtension(boolean faultProxy) {
        this.faultProxy = faultProxy;
    }

    /** S3Proxy only. */
    public static S3ProxyExtension plain() {
        return new S3ProxyExtension(false);
    }

    /** S3Proxy behind a {@link FaultProxy} that starts with {@link FaultPlan#none()}. */
    public static S3ProxyExtension withFaultProxy() {
        return new S3ProxyExtension(true);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("s3proxy-" + context.getRequiredTestClass().getSimpleName());
        server = S3ProxyServer.start(dir);
        if (faultProxy) {
            proxy = FaultProxy.start(server.port(), FaultPlan.none());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (proxy != null) {
                proxy.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
            deleteRecursively(dir);
        }
    }

    public S3ProxyServer server() {
        if (server == null) {
            throw new IllegalStateException("S3Proxy is started in beforeAll: register the extension on a static field");
        }
        return server;
    }

    public FaultProxy proxy() {
        if (proxy == null) {
            throw new IllegalStateException("no fault proxy: use S3ProxyExtension.withFaultProxy()");
        }
        return proxy;
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
