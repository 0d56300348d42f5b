package id.sinergi.mail.domain;

import id.sinergi.identity.Directory;
import id.sinergi.identity.Directory.Contact;
import id.sinergi.notification.NotificationPosted;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.StringUtils;

/**
 * Sends each notification by e-mail to the active accounts of its audience, except the person whose
 * action it reports, in Indonesian plain text with the absolute link. Only when {@code spring.mail.host}
 * ({@code SMTP_HOST}) is set. It runs after the change has committed, on its own single thread: a slow
 * or failing SMTP server delays nobody's request and never undoes a change; failures are logged. The
 * in-app notification is the record; an e-mail lost in a crash or a full queue is not sent again.
 */
@Component
class NotificationMailer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final int QUEUE = 10_000;

    private final JavaMailSender sender;
    private final Directory directory;
    private final MessageSource messages;
    private final MailProperties properties;
    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    NotificationMailer(ObjectProvider<JavaMailSender> senders, Directory directory, MessageSource messages,
            MailProperties properties, @Value("${spring.mail.host:}") String host) {
        this.sender = StringUtils.hasText(host) ? senders.getIfAvailable() : null;
        this.directory = directory;
        this.messages = messages;
        this.properties = properties;
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(QUEUE);
        executor.setThreadNamePrefix("mail-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(30);
        executor.initialize();
        if (sender != null) {
            log.info("Notifications are also e-mailed through SMTP {} (links to {})", host, properties.baseUrl());
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void posted(NotificationPosted notification) {
        if (sender == null) {
            return;
        }
        try {
            executor.execute(() -> send(notification));
        } catch (TaskRejectedException e) {
            log.warn("E-mail of notification {} dropped: {} e-mails are already waiting", notification.notificationId(),
                    QUEUE);
        }
    }

    private void send(NotificationPosted notification) {
        try {
            List<Contact> recipients = directory.holders(notification.audience(), notification.governmentId(),
                            notification.agencyId()).stream()
                    .filter(c -> !Objects.equals(c.userId(), notification.causedBy())).toList();
            if (recipients.isEmpty()) {
                return;
            }
            String text = messages.getMessage(notification.messageKey(), notification.arguments().toArray(),
                    notification.messageKey(), INDONESIAN);
            String role = messages.getMessage("role." + notification.audience().name(), null, INDONESIAN);
            SimpleMailMessage[] mails = recipients.stream().map(c -> mail(c, text, notification.link(), role))
                    .toArray(SimpleMailMessage[]::new);
            sender.send(mails);
            log.debug("Notification {} e-mailed to {} people", notification.notificationId(), mails.length);
        } catch (MailException e) {
            log.warn("E-mail of notification {} failed: {}", notification.notificationId(), e.getMessage());
        } catch (RuntimeException e) {
            log.warn("E-mail of notification {} failed", notification.notificationId(), e);
        }
    }

    private SimpleMailMessage mail(Contact to, String text, String link, String role) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(properties.from());
        mail.setTo(to.email());
        mail.setSubject(messages.getMessage("mail.subject", new Object[] {subject(text)}, INDONESIAN));
        mail.setText(messages.getMessage("mail.body", new Object[] {to.displayName(), text,
                properties.baseUrl() + link, role, properties.baseUrl() + "/notifikasi"}, INDONESIAN));
        return mail;
    }

    /** One line, at most 120 characters: reasons and comments may be long or span lines. */
    private static String subject(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= 120 ? line : line.substring(0, 119) + "…";
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
