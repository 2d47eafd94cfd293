package org.trendfinder.pipeline.notify;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.Authenticator;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/** Sends a {@link RunSummaryMail.Message} over SMTP (Jakarta Mail), as multipart/alternative: text, then HTML. */
public final class SmtpNotifier {

    /** Bounds connecting, each read and each write: a dead mail server must not hold up the end of a run. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    private final MailSettings settings;
    private final Optional<String> password;
    private final Duration timeout;

    /** Reads the SMTP password, when a username is set, from {@value MailSettings#PASSWORD_ENV}. */
    public SmtpNotifier(MailSettings settings) {
        this(settings, Optional.ofNullable(System.getenv(MailSettings.PASSWORD_ENV)), DEFAULT_TIMEOUT);
    }

    public SmtpNotifier(MailSettings settings, Optional<String> password, Duration timeout) {
        this.settings = settings;
        this.password = password.filter(p -> !p.isEmpty());
        this.timeout = timeout;
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("SMTP timeout must be positive, got " + timeout);
        }
    }

    public void send(RunSummaryMail.Message message) throws NotificationException {
        Session session = session();
        try {
            Transport.send(mimeMessage(session, message));
        } catch (MessagingException e) {
            throw new NotificationException("could not send the run summary via SMTP server " + server() + ": "
                    + describe(e), e);
        }
    }

    private Session session() throws NotificationException {
        Properties props = new Properties();
        String millis = Long.toString(timeout.toMillis());
        props.setProperty("mail.smtp.host", settings.smtpHost());
        props.setProperty("mail.smtp.port", Integer.toString(settings.smtpPort()));
        props.setProperty("mail.smtp.connectiontimeout", millis);
        props.setProperty("mail.smtp.timeout", millis);
        props.setProperty("mail.smtp.writetimeout", millis);
        if (settings.startTls()) {
            // Required, not just enabled: never fall back to sending credentials and data in the clear.
            props.setProperty("mail.smtp.starttls.enable", "true");
            props.setProperty("mail.smtp.starttls.required", "true");
        }
        if (settings.username() == null) {
            return Session.getInstance(props);
        }
        String secret = password.orElseThrow(() -> new NotificationException("SMTP user '" + settings.username()
                + "' is set for " + server() + " but the environment variable " + MailSettings.PASSWORD_ENV
                + " is empty"));
        props.setProperty("mail.smtp.auth", "true");
        return Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.username(), secret);
            }
        });
    }

    private MimeMessage mimeMessage(Session session, RunSummaryMail.Message message) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.text(), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.html(), StandardCharsets.UTF_8.name(), "html");
        // multipart/alternative lists the preferred form last.
        MimeMultipart body = new MimeMultipart("alternative", text, html);

        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(new InternetAddress(settings.from(), true));
        for (String to : settings.to()) {
            mime.addRecipient(RecipientType.TO, new InternetAddress(to, true));
        }
        mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
        mime.setSentDate(Date.from(Instant.now()));
        mime.setContent(body);
        return mime;
    }

    private String server() {
        return settings.smtpHost() + ":" + settings.smtpPort();
    }

    /** The innermost cause says what went wrong (connection refused, timed out, bad credentials). */
    private static String describe(Throwable e) {
        StringBuilder out = new StringBuilder(String.valueOf(e.getMessage()));
        Throwable cause = e.getCause();
        while (cause != null && cause != cause.getCause()) {
            if (cause.getMessage() != null && !out.toString().contains(cause.getMessage())) {
                out.append(" (").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage())
                        .append(')');
            }
            cause = cause.getCause();
        }
        return out.toString().replaceAll("\\s+", " ").trim();
    }
}
