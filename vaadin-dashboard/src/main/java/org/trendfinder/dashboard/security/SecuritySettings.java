package org.trendfinder.dashboard.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may log in ({@code trendfinder.security.*}). Users come with bcrypt hashes only; OpenID Connect
 * providers are Spring Boot's own {@code spring.security.oauth2.client.registration.*} settings.
 *
 * @param users              users and roles, e.g. {@code users[0].username}, {@code users[0].password-hash},
 *                           {@code users[0].roles}
 * @param allowedEmailDomain when set, an OpenID Connect login is accepted only for a verified e-mail address in
 *                           this domain (e.g. {@code donorschoose.org})
 */
@ConfigurationProperties("trendfinder.security")
public record SecuritySettings(@DefaultValue List<User> users, String allowedEmailDomain) {

    public SecuritySettings {
        users = users == null ? List.of() : List.copyOf(users);
        allowedEmailDomain = allowedEmailDomain == null || allowedEmailDomain.isBlank() ? null
                : allowedEmailDomain.trim().toLowerCase(Locale.ROOT).replaceFirst("^@", "");
    }

    public Optional<String> emailDomain() {
        return Optional.ofNullable(allowedEmailDomain);
    }

    /**
     * One user.
     *
     * @param username     the login name
     * @param passwordHash a bcrypt hash ({@code $2a$}, {@code $2b$} or {@code $2y$}, optionally prefixed
     *                     {@code {bcrypt}}), never the password itself
     * @param password     refused: present only so that a plain-text password in the settings stops start-up
     * @param roles        roles without the {@code ROLE_} prefix; {@code USER} when empty
     */
    public record User(String username, String passwordHash, String password, @DefaultValue List<String> roles) {

        /** What Spring Security's {@code BCryptPasswordEncoder} accepts. */
        private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./0-9A-Za-z]{53}");

        public User {
            if (username == null || username.isBlank()) {
                throw new IllegalArgumentException("username is empty");
            }
            if (password != null) {
                throw new IllegalArgumentException("user '" + username + "': plain-text passwords are refused;"
                        + " remove 'password' and give 'password-hash', a bcrypt hash (e.g. from"
                        + " `htpasswd -nbBC 12 '' 'the password' | tr -d ':\\n'`)");
            }
            String hash = passwordHash == null ? "" : passwordHash.trim().replaceFirst("^\\{bcrypt\\}", "");
            if (!BCRYPT.matcher(hash).matches()) {
                throw new IllegalArgumentException("user '" + username + "': password-hash must be a bcrypt hash"
                        + " ($2a$/$2b$/$2y$, 60 characters), e.g. from `htpasswd -nbBC 12 '' 'the password' | tr -d ':\\n'`");
            }
            passwordHash = hash;
            roles = roles == null || roles.isEmpty() ? List.of("USER")
                    : roles.stream().map(r -> r.trim().replaceFirst("^ROLE_", "")).toList();
        }

        @Override
        public String toString() {
            return "User[" + username + ", roles=" + roles + "]";
        }
    }
}
