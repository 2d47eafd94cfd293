package org.trendfinder.pipeline.store;

import java.io.IOException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.trendfinder.store.testing.FaultProxy;
import org.trendfinder.store.testing.S3ProxyExtension;
import org.trendfinder.store.testing.S3ProxyServer;

/**
 * The fixture of the store's S3 tests: an S3Proxy per test class, reached through a {@link FaultProxy} (no
 * faults until a test plans some) whose log shows what S3A sent. JUnit starts the extension for each subclass
 * before its own {@code @BeforeAll} methods and stops it after the class.
 */
abstract class ProxiedS3Test {

    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.withFaultProxy();
    static S3ProxyServer server;
    static FaultProxy proxy;

    @BeforeAll
    static void startS3() {
        server = S3.server();
        proxy = S3.proxy();
    }

    /** The store at {@code prefix} of the test bucket, written through S3A via the proxy. */
    static HadoopStoreFiles store(String prefix) throws IOException {
        return new HadoopStoreFiles(server.s3aUri(prefix), S3TestStores.s3a(server, proxy.endpoint()));
    }
}
