package id.sinergi.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page's model a {@link Ui} named "ui". */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class UiAdvice {

    private final MessageSource messages;

    UiAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ModelAttribute("ui")
    Ui ui(HttpServletRequest request) {
        return new Ui(messages, LocaleContextHolder.getLocale(), request.getRequestURI(), request.getQueryString());
    }
}
