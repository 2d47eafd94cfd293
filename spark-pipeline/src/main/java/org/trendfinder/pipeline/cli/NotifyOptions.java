package org.trendfinder.pipeline.cli;

import java.util.List;
import java.util.Optional;

import org.slf4j.LoggerFactory;
import org.trendfinder.pipeline.job.TrendFinderJob;
import org.trendfinder.pipeline.notify.MailSettings;
import org.trendfinder.pipeline.notify.NotificationException;
import org.trendfinder.pipeline.notify.RunSummaryMail;
import org.trendfinder.pipeline.notify.SmtpNotifier;

import picocli.CommandLine.Option;

/** The optional run-summary e-mail (a picocli mixin): on when {@code --notify-to} is given. */
public final class NotifyOptions {

    @Option(names = "--notify-to", split = ",", paramLabel = "ADDRESS",
            description = "Send an HTML summary of the top trends to these addresses after publishing.")
    List<String> to;

    @Option(names = "--notify-from", paramLabel = "ADDRESS", defaultValue = "trendfinder@localhost",
            description = "Sender address (default: ${DEFAULT-VALUE}).")
    String from;

    @Option(names = "--smtp-host", paramLabel = "HOST", defaultValue = "localhost", description = "SMTP server.")
    String host;

    @Option(names = "--smtp-port", paramLabel = "PORT", defaultValue = "587", description = "SMTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--smtp-starttls", paramLabel = "BOOL", defaultValue = "true", arity = "1",
            description = "Require STARTTLS (default: ${DEFAULT-VALUE}).")
    boolean startTls;

    @Option(names = "--smtp-user", paramLabel = "USER",
            description = "SMTP login; the password comes from the environment variable " + MailSettings.PASSWORD_ENV + ".")
    String user;

    @Option(names = "--dashboard-url", paramLabel = "URL", description = "Dashboard base URL for the mail's links.")
    String dashboardUrl;

    @Option(names = "--notify-top", paramLabel = "N", defaultValue = "10", description = "Trends per run in the mail.")
    int top;

    /** The notifier, validated before any work starts; empty when no recipient is given. */
    Optional<Notifier> notifier() {
        if (to == null || to.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Notifier(new MailSettings(host, port, startTls, user, from, to, dashboardUrl, top)));
    }

    /** Sends the summary; a failure is reported, never undoes the published runs. */
    record Notifier(MailSettings settings) {
        boolean send(TrendFinderJob.Result result) {
            try {
                new SmtpNotifier(settings).send(RunSummaryMail.build(result.published(), result.trendTables(), settings));
                System.out.println("sent the run summary to " + settings.to());
                return true;
            } catch (NotificationException e) {
                LoggerFactory.getLogger(NotifyOptions.class).warn("runs are published, but {}", e.getMessage());
                System.err.println("warning: runs are published, but " + e.getMessage());
                return false;
            }
        }
    }
}
