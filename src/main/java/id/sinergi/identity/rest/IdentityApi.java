package id.sinergi.identity.rest;

import id.sinergi.identity.AccessTokenView;
import id.sinergi.identity.Accounts;
import id.sinergi.identity.Invitation;
import id.sinergi.identity.IssuedToken;
import id.sinergi.identity.UserView;
import id.sinergi.shared.Actor;
import id.sinergi.shared.Grant;
import id.sinergi.shared.Role;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Akun", description = "Pengguna, peran, undangan, token akses pribadi")
class IdentityApi {

    private final Accounts accounts;

    IdentityApi(Accounts accounts) {
        this.accounts = accounts;
    }

    record Me(long id, String name, List<Grant> grants) {
    }

    record NewUser(String email, String name, Role role, Long agencyId) {
    }

    record NewToken(String name, Integer validDays) {
    }

    @GetMapping("/api/v1/me")
    Me me(Actor actor) {
        return new Me(actor.userId(), actor.displayName(), actor.grants());
    }

    @GetMapping("/api/v1/me/tokens")
    List<AccessTokenView> tokens(Actor actor) {
        return accounts.tokens(actor);
    }

    @PostMapping("/api/v1/me/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    IssuedToken createToken(Actor actor, @RequestBody NewToken body) {
        return accounts.createToken(actor, body.name(), body.validDays() == null ? 90 : body.validDays());
    }

    @DeleteMapping("/api/v1/me/tokens/{tokenId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(Actor actor, @PathVariable long tokenId) {
        accounts.revokeToken(actor, tokenId);
    }

    @GetMapping("/api/v1/governments/{governmentId}/users")
    List<UserView> users(Actor actor, @PathVariable long governmentId) {
        return accounts.usersOf(actor, governmentId);
    }

    @DeleteMapping("/api/v1/governments/{governmentId}/users/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(Actor actor, @PathVariable long governmentId, @PathVariable long userId) {
        accounts.removeFromGovernment(actor, governmentId, userId);
    }

    record Aspects(List<String> aspects) {
    }

    @org.springframework.web.bind.annotation.PutMapping("/api/v1/governments/{governmentId}/users/{userId}/aspects")
    @io.swagger.v3.oas.annotations.Operation(summary = "Batasi asesor pada aspek tertentu (kode seperti A1; kosong = semua aspek); admin nasional")
    Aspects aspects(Actor actor, @PathVariable long governmentId, @PathVariable long userId, @RequestBody Aspects body) {
        return new Aspects(accounts.setAssessorAspects(actor, governmentId, userId, body == null ? null : body.aspects()));
    }

    @PostMapping("/api/v1/governments/{governmentId}/users")
    @ResponseStatus(HttpStatus.CREATED)
    Invitation invite(Actor actor, @PathVariable long governmentId, @RequestBody NewUser body) {
        return accounts.invite(actor, governmentId, body.email(), body.name(), body.role(), body.agencyId());
    }
}
