package id.sinergi.identity.security;

import id.sinergi.audit.AuditActorResolver;
import id.sinergi.identity.CurrentActor;
import id.sinergi.identity.domain.IdentityLookup;
import id.sinergi.shared.Actor;
import java.util.Optional;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Turns the authenticated principal into an {@link Actor} with its current grants: for
 * controllers (an {@code Actor} parameter), for other modules ({@link CurrentActor}) and for the
 * audit log ({@link AuditActorResolver}).
 */
@Component
class ActorSupport implements CurrentActor, AuditActorResolver, HandlerMethodArgumentResolver {

    static {
        // An Actor parameter is resolved from the signed-in person, never sent by the client: keep it out of
        // the OpenAPI document (it would otherwise appear as an "actor" query parameter or a request body).
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    private final IdentityLookup lookup;

    ActorSupport(IdentityLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public Optional<Actor> current() {
        return principal().map(p -> new Actor(p.userId(), p.displayName(), lookup.grants(p.userId())));
    }

    @Override
    public AuditActor actingNow() {
        return principal().map(p -> new AuditActor(p.userId(), p.displayName() + " <" + p.email() + ">"))
                .orElse(new AuditActor(null, "sistem"));
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Actor.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        return current().orElseThrow(() -> new org.springframework.security.authentication
                .AuthenticationCredentialsNotFoundException("sign-in required"));
    }

    private static Optional<SinergiPrincipal> principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SinergiPrincipal p
                ? Optional.of(p) : Optional.empty();
    }
}
