package org.trendfinder.pipeline.notify;

import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.NoSuchProviderException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;

import org.eclipse.angus.mail.smtp.SMTPProvider;

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
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        // Jakarta Mail looks up its stream provider and resources through the context class loader. In the job jar
        // the mail classes are relocated: point it at the loader that holds them, whatever the caller's is.
        thread.setContextClassLoader(Session.class.getClassLoader());
        try {
            Session session = session();
            Transport.send(SummaryMimeMessage.create(session, settings, message));
        } catch (MessagingException e) {
            throw new NotificationException("could not send the run summary via SMTP server " + server() + ": "
                    + describe(e), e);
        } finally {
            thread.setContextClassLoader(caller);
        }
    }

    private Session session() throws NotificationException, MessagingException {
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
            return withSmtpTransport(Session.getInstance(props));
        }
        String secret = password.orElseThrow(() -> new NotificationException("SMTP user '" + settings.username()
                + "' is set for " + server() + " but the environment variable " + MailSettings.PASSWORD_ENV
                + " is empty"));
        props.setProperty("mail.smtp.auth", "true");
        return withSmtpTransport(Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.username(), secret);
            }
        }));
    }

    /**
     * Names Angus Mail's SMTP transport by class rather than through {@code META-INF/javamail.providers} files, which
     * the job jar does not ship (see {@link SummaryMimeMessage}) and another mail library's copy could override.
     */
    private static Session withSmtpTransport(Session session) throws NoSuchProviderException {
        session.setProvider(new SMTPProvider());
        return session;
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
