package br.com.regua.delivery;

import jakarta.mail.Part;
import jakarta.mail.internet.MimeMultipart;
import java.util.ArrayList;
import java.util.List;

/** The parts of a caught message a person looks at: its text, its HTML, its attachments. */
record MailParts(String text, String html, List<String> attachments) {

    static MailParts of(Part message) throws Exception {
        MailParts parts = new MailParts(null, null, new ArrayList<>());
        return parts.collect(message);
    }

    private MailParts collect(Part part) throws Exception {
        MailParts current = this;
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
            attachments.add(part.getFileName() + " (" + part.getContentType().split(";")[0] + ")");
        } else if (part.isMimeType("text/plain") && text == null) {
            current = new MailParts((String) part.getContent(), html, attachments);
        } else if (part.isMimeType("text/html") && html == null) {
            current = new MailParts(text, (String) part.getContent(), attachments);
        } else if (part.getContent() instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) current = current.collect(multipart.getBodyPart(i));
        }
        return current;
    }
}
