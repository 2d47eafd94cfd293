package org.trendfinder.pipeline.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/** Sends real mail to GreenMail, an SMTP server on a free loopback port. */
class SmtpNotifierTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("notifier", "s3cret"))
            .withPerMethodLifecycle(true);

    private static RunSummaryMail.Message summary() {
        return RunSummaryMail.build(
                List.of(SummaryFixtures.manifest("2018-03-14", 3, Map.of("projects.csv", 5L), Map.of(), 5)),
                Map.of(LocalDate.of(2018, 3, 14), SummaryFixtures.trendTable()),
                SummaryFixtures.settings("https://dash.example.org", 10));
    }

    private static MailSettings settings(int port, String username, List<String> to) {
        return new MailSettings("127.0.0.1", port, false, username, "TrendFinder <trendfinder@example.org>", to,
                "https://dash.example.org", 10);
    }

    @Test
    void sendsSubjectTextAndHtmlToEveryRecipientOverPlainSmtp() throws Exception {
        int port = SMTP.getSmtp().getPort();
        RunSummaryMail.Message message = summary();

        new SmtpNotifier(settings(port, null, List.of("a@example.org", "b@example.org")), Optional.empty(), TIMEOUT)
                .send(message);

        assertThat(SMTP.waitForIncomingEmail(5000, 2)).isTrue();
        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("TrendFinder: trends of the run 2018-03-14");
        assertThat(received.getFrom()).extracting(Address::toString)
                .containsExactly("TrendFinder <trendfinder@example.org>");
        assertThat(received.getRecipients(RecipientType.TO)).extracting(Address::toString)
                .containsExactly("a@example.org", "b@example.org");
        assertThat(received.getContentType()).startsWith("multipart/alternative");
        Multipart parts = (Multipart) received.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        BodyPart text = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertThat(text.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(html.getContentType()).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
        // SMTP carries lines ended by CRLF.
        assertThat(unixLines(text.getContent())).isEqualTo(message.text());
        assertThat(unixLines(html.getContent())).isEqualTo(message.html())
                .contains("&lt;img src=x onerror=alert(1)&gt;", "12.50%", "5.00×");
    }

    private static String unixLines(Object content) {
        return ((String) content).replace("\r\n", "\n");
    }

    @Test
    void authenticatesWithThePasswordGiven() throws Exception {
        int port = SMTP.getSmtp().getPort();

        new SmtpNotifier(settings(port, "notifier", List.of("a@example.org")), Optional.of("s3cret"), TIMEOUT)
                .send(summary());

        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(SMTP.getReceivedMessages()[0].getSubject()).startsWith("TrendFinder");
    }

    @Test
    void aWrongPasswordIsANotificationExceptionNamingTheServer() {
        int port = SMTP.getSmtp().getPort();
        SmtpNotifier notifier = new SmtpNotifier(settings(port, "notifier", List.of("a@example.org")),
                Optional.of("wrong"), TIMEOUT);

        assertThatThrownBy(() -> notifier.send(summary()))
                .isInstanceOf(NotificationException.class)
                .hasMessageContaining("127.0.0.1:" + port)
                .hasMessageContainingAll("535");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void aUserWithoutPasswordIsANotificationExceptionNamingTheVariable() {
        SmtpNotifier notifier = new SmtpNotifier(settings(25, "notifier", List.of("a@example.org")),
                Optional.empty(), TIMEOUT);

        assertThatThrownBy(() -> notifier.send(summary()))
                .isInstanceOf(NotificationException.class)
                .hasMessageContaining(MailSettings.PASSWORD_ENV).hasMessageContaining("127.0.0.1:25");
    }

    /** GreenMail's plain SMTP port offers no STARTTLS: with STARTTLS on, nothing may go out in clear. */
    @Test
    void requiredStartTlsNeverFallsBackToCleartext() {
        int port = SMTP.getSmtp().getPort();
        MailSettings startTls = new MailSettings("127.0.0.1", port, true, "notifier", "trendfinder@example.org",
                List.of("a@example.org"), null, 10);
        SmtpNotifier notifier = new SmtpNotifier(startTls, Optional.of("s3cret"), TIMEOUT);

        assertThatThrownBy(() -> notifier.send(summary()))
                .isInstanceOf(NotificationException.class).hasMessageContaining("127.0.0.1:" + port)
                .hasMessageContaining("STARTTLS is required");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void aClosedPortFailsFastWithHostAndPort() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        SmtpNotifier notifier = new SmtpNotifier(settings(closedPort, null, List.of("a@example.org")),
                Optional.empty(), TIMEOUT);

        NotificationException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> org.junit.jupiter.api.Assertions.assertThrows(NotificationException.class,
                        () -> notifier.send(summary())));
        assertThat(e).hasMessageContaining("127.0.0.1:" + closedPort).hasMessageContaining("Connection refused");
    }
}
