package org.trendfinder.pipeline.notify;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

import jakarta.activation.CommandMap;
import jakarta.activation.DataHandler;
import jakarta.activation.MailcapCommandMap;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.eclipse.angus.mail.handlers.multipart_mixed;
import org.eclipse.angus.mail.handlers.text_html;
import org.eclipse.angus.mail.handlers.text_plain;

/**
 * The run summary as a MIME message: multipart/alternative with the plain text first and the HTML last (the
 * preferred form), both UTF-8.
 *
 * <p>Angus Mail normally finds the classes that write each part through a {@code META-INF/mailcap} file. The job jar
 * relocates Angus, and a relocated mailcap file would be read by any other Jakarta Activation on the class path (and
 * break it), so the job jar ships none: this class names the handlers as class literals instead, which the shade
 * plugin relocates along with the classes.
 */
final class SummaryMimeMessage {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private SummaryMimeMessage() {
    }

    static MimeMessage create(Session session, MailSettings settings, RunSummaryMail.Message message)
            throws MessagingException {
        CommandMap handlers = contentHandlers();
        MimeMultipart body = new MimeMultipart("alternative");
        body.addBodyPart(part(message.text(), "text/plain; charset=" + UTF_8, handlers));
        body.addBodyPart(part(message.html(), "text/html; charset=" + UTF_8, handlers));

        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(new InternetAddress(settings.from(), true));
        for (String to : settings.to()) {
            mime.addRecipient(RecipientType.TO, new InternetAddress(to, true));
        }
        mime.setSubject(message.subject(), UTF_8);
        mime.setSentDate(Date.from(Instant.now()));
        setContent(mime, body, handlers);
        return mime;
    }

    private static MimeBodyPart part(String text, String contentType, CommandMap handlers)
            throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        DataHandler content = new DataHandler(text, contentType);
        content.setCommandMap(handlers);
        part.setDataHandler(content);
        part.setDisposition(Part.INLINE);
        return part;
    }

    /** What {@link MimeMessage#setContent(Multipart)} does, with our handlers. */
    private static void setContent(MimeMessage mime, Multipart body, CommandMap handlers)
            throws MessagingException {
        DataHandler content = new DataHandler(body, body.getContentType());
        content.setCommandMap(handlers);
        mime.setDataHandler(content);
        body.setParent(mime);
    }

    private static CommandMap contentHandlers() {
        MailcapCommandMap map = new MailcapCommandMap();
        // Entries added here take precedence over any mailcap file on the class path.
        map.addMailcap("text/plain;; x-java-content-handler=" + text_plain.class.getName());
        map.addMailcap("text/html;; x-java-content-handler=" + text_html.class.getName());
        map.addMailcap("multipart/*;; x-java-content-handler=" + multipart_mixed.class.getName());
        return map;
    }
}
