package id.sinergi.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Gives every rendered page a {@link Ui} named "ui". Only requests that render a view pay for it
 * (API calls and redirects do not), and it runs before rendering starts.
 */
@Component
class UiInterceptor implements HandlerInterceptor {

    private final UiFactory factory;

    UiInterceptor(UiFactory factory) {
        this.factory = factory;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView view) {
        if (view == null || view.getView() instanceof RedirectView
                || (view.getViewName() != null && view.getViewName().startsWith("redirect:"))
                || view.getModel().containsKey("ui")) {
            return;
        }
        view.addObject("ui", factory.ui(request));
    }
}
