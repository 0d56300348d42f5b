package id.sinergi.identity.domain;

import id.sinergi.identity.IdentityProblem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A password is at least 12 characters (NIST SP 800-63B favours length over composition rules), at
 * most 72 bytes (bcrypt's limit), not one of the commonly used passwords (identity/common-passwords.txt, Indonesian and
 * international), not the demo password (published in the README, so anyone could sign in with it), and does not
 * contain the account's e-mail name. The demo accounts get it by seeding, never through this policy, so an account
 * whose password passed the policy is known to be free of it ({@link DemoCredentialsGuard}).
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 72;
    static final int MAX_BYTES = 72;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    static void check(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new IdentityProblem("password.tooShort", MIN_LENGTH);
        }
        // bcrypt reads at most 72 bytes (and Spring's encoder refuses more): a longer passphrase
        // would be cut silently or fail, so the limit is stated instead.
        if (password.length() > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IdentityProblem("password.tooLong", MAX_BYTES);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.equals(DemoData.PASSWORD.toLowerCase(Locale.ROOT))) {
            throw new IdentityProblem("password.demo");
        }
        if (COMMON.contains(lower) || COMMON.contains(lower.replaceAll("[0-9!@#$%^&*._-]+$", ""))
                || lower.chars().distinct().count() <= 3) {
            throw new IdentityProblem("password.common");
        }
        String name = email == null ? "" : email.toLowerCase(Locale.ROOT).split("@")[0];
        if (name.length() >= 4 && lower.contains(name)) {
            throw new IdentityProblem("password.containsEmail");
        }
    }

    private static Set<String> load() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt"), StandardCharsets.UTF_8))) {
            return reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
