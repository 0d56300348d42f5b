/**
 * In-app notifications: what other modules post for an audience (the coordinators of a government,
 * the operators of one OPD, the assessors of a government), each person's inbox, what they have read
 * and the unread count in the page header. Owns {@code notification} and {@code notification_read};
 * publishes {@code NotificationPosted}. It knows no evaluation: {@code assessment} decides what is
 * worth telling (including the deadline reminders, which read its periods, windows and answers) and
 * posts it through {@code Notifier}, so the dependency runs {@code assessment → notification} only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package id.sinergi.notification;
