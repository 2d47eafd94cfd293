package org.trendfinder.pipeline.notify;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * Where and to whom the run summary is mailed. The SMTP password is deliberately not a field: it is read from the
 * environment variable {@link #PASSWORD_ENV} so it never lands in a settings file, a flag or a process listing.
 *
 * @param smtpHost     SMTP server host name
 * @param smtpPort     SMTP server port (25, 587, ...)
 * @param startTls     require STARTTLS before authenticating and sending
 * @param username     SMTP user; null to send without authentication
 * @param from         sender address
 * @param to           one or more recipient addresses
 * @param dashboardUrl the dashboard's base URL (http or https) that links point into; null for a mail without links
 * @param topTrends    how many trends of each run the mail lists
 */
public record MailSettings(String smtpHost, int smtpPort, boolean startTls, String username, String from,
                           List<String> to, String dashboardUrl, int topTrends) {

    public static final String PASSWORD_ENV = "TRENDFINDER_SMTP_PASSWORD";

    public MailSettings {
        if (smtpHost == null || smtpHost.isBlank()) {
            throw new IllegalArgumentException("mail: smtpHost is required");
        }
        if (smtpPort < 1 || smtpPort > 65535) {
            throw new IllegalArgumentException("mail: smtpPort must be 1-65535, got " + smtpPort);
        }
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("mail: from is required");
        }
        Objects.requireNonNull(to, "mail: to");
        if (to.isEmpty() || to.stream().anyMatch(a -> a == null || a.isBlank())) {
            throw new IllegalArgumentException("mail: to needs at least one address and no blank ones, got " + to);
        }
        if (topTrends < 1) {
            throw new IllegalArgumentException("mail: topTrends must be at least 1, got " + topTrends);
        }
        username = username == null || username.isBlank() ? null : username;
        to = List.copyOf(to);
        dashboardUrl = normalizedBaseUrl(dashboardUrl);
    }

    /** Only http(s) URLs: anything else (javascript:, data:) must never become a link in a mail. */
    private static String normalizedBaseUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("mail: dashboardUrl is not a URL: '" + url + "'", e);
        }
        String scheme = uri.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme) || uri.getHost() == null) {
            throw new IllegalArgumentException("mail: dashboardUrl must be an http(s) URL with a host, got '" + url
                    + "'");
        }
        String text = uri.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }
}
