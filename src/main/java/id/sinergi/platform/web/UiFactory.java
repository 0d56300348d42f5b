package id.sinergi.platform.web;

import id.sinergi.identity.CurrentActor;
import id.sinergi.shared.Actor;
import id.sinergi.shared.UnreadCounter;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

@Component
class UiFactory {

    private final MessageSource messages;
    private final CurrentActor actors;
    private final ObjectProvider<UnreadCounter> unreadCounters;
    private final Clock clock;

    UiFactory(MessageSource messages, CurrentActor actors, ObjectProvider<UnreadCounter> unreadCounters, Clock clock) {
        this.messages = messages;
        this.actors = actors;
        this.unreadCounters = unreadCounters;
        this.clock = clock;
    }

    /** Reads the CSRF token now, before rendering starts, so its cookie is set while headers can still change. */
    Ui ui(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Actor actor = actors.current().orElse(null);
        return new Ui(messages, LocaleContextHolder.getLocale(), request.getRequestURI(), request.getQueryString(),
                csrf == null ? null : csrf.getParameterName(), csrf == null ? null : csrf.getToken(),
                actor == null ? null : actor.displayName(), actor != null && actor.isNationalAdmin(),
                actor == null ? 0 : unreadCounters.orderedStream().mapToLong(c -> c.unread(actor)).sum(), clock.getZone());
    }
}
