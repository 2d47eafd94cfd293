package org.trendfinder.pipeline.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Sends mail with the classes of the packaged job jar, where Jakarta Mail, Activation and Angus are relocated:
 * Jakarta Mail finds its transport, stream provider and content handlers by name at run time, so a relocation that
 * missed one of them only shows when the shaded classes actually send. Failsafe puts the job jar on the test class
 * path too, next to the unrelocated Angus that GreenMail uses: the second copy must not get in the way either.
 */
class ShadedJobJarMailIT {

    private static final Path JOB_JAR = Path.of("target", "trendfinder-pipeline.jar");
    private static final String NOTIFY = "org.trendfinder.pipeline.notify.";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
            .withPerMethodLifecycle(true);

    @Test
    void theJobJarCarriesNoUnrelocatedMailClasses() throws Exception {
        assertThat(JOB_JAR).exists();
        try (JarFile jar = new JarFile(JOB_JAR.toFile())) {
            assertThat(jar.stream().map(e -> e.getName()))
                    .noneMatch(n -> n.startsWith("jakarta/mail/") || n.startsWith("jakarta/activation/")
                            || n.startsWith("org/eclipse/angus/") || n.startsWith("com/sun/mail/"))
                    .contains("org/trendfinder/shaded/angus/mail/smtp/SMTPTransport.class");
            // Class-naming text files would be read by other mail libraries on the class path: none are shipped.
            assertThat(jar.getEntry("META-INF/mailcap")).isNull();
            assertThat(jar.getEntry("META-INF/javamail.default.providers")).isNull();
            assertThat(new String(jar.getInputStream(
                    jar.getEntry("META-INF/services/org.trendfinder.shaded.jakarta.mail.util.StreamProvider"))
                    .readAllBytes())).contains("org.trendfinder.shaded.angus.mail.util.MailStreamProvider");
        }
    }

    @Test
    void theShadedClassesSendAMultipartMail() throws Exception {
        sendWithJobJar(true);
        assertReceived();
    }

    /** Under spark-submit the context class loader may not be the one holding the job jar. */
    @Test
    void theShadedClassesSendWhateverTheContextClassLoader() throws Exception {
        sendWithJobJar(false);
        assertReceived();
    }

    private void sendWithJobJar(boolean jobJarAsContextLoader) throws Exception {
        assertThat(Files.isRegularFile(JOB_JAR)).as("run after package: %s", JOB_JAR).isTrue();
        // Parent: the platform loader only, so nothing unrelocated from the test class path can leak in.
        try (URLClassLoader jobJar = new URLClassLoader(new URL[] {JOB_JAR.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> jobJar.loadClass("jakarta.mail.Session"))
                    .isInstanceOf(ClassNotFoundException.class);
            Class<?> settingsType = jobJar.loadClass(NOTIFY + "MailSettings");
            Class<?> messageType = jobJar.loadClass(NOTIFY + "RunSummaryMail$Message");
            Class<?> notifierType = jobJar.loadClass(NOTIFY + "SmtpNotifier");
            Object settings = settingsType.getConstructor(String.class, int.class, boolean.class, String.class,
                    String.class, List.class, String.class, int.class)
                    .newInstance("127.0.0.1", SMTP.getSmtp().getPort(), false, null, "trendfinder@example.org",
                            List.of("analyst@example.org"), null, 5);
            Object message = messageType.getConstructor(String.class, String.class, String.class)
                    .newInstance("Shaded run summary", "<p>Top &amp; trends</p>", "Top & trends");
            Object notifier = notifierType.getConstructor(settingsType, Optional.class, Duration.class)
                    .newInstance(settings, Optional.empty(), Duration.ofSeconds(5));

            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            if (jobJarAsContextLoader) {
                thread.setContextClassLoader(jobJar);
            }
            try {
                notifierType.getMethod("send", messageType).invoke(notifier, message);
            } catch (InvocationTargetException e) {
                throw new AssertionError("the shaded SmtpNotifier failed: " + e.getCause(), e.getCause());
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
    }

    private static void assertReceived() throws Exception {
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Shaded run summary");
        Multipart parts = (Multipart) received.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(((String) parts.getBodyPart(0).getContent()).trim()).isEqualTo("Top & trends");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(((String) parts.getBodyPart(1).getContent()).trim()).isEqualTo("<p>Top &amp; trends</p>");
    }
}
