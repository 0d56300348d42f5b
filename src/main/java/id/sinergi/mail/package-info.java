/**
 * E-mail copies of notifications, when an SMTP server is configured: after the change that wrote a
 * notification commits, its audience (the people holding that role now) get it by e-mail, off the
 * request thread. Listens to {@code notification}'s {@code NotificationPosted}; owns no data; reads
 * recipients from {@code identity}. Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "notification"})
package id.sinergi.mail;
