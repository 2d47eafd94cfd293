package org.trendfinder.dashboard.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;

import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * Login for every view and every data download, secure by default:
 * <ul>
 * <li>users from {@code trendfinder.security.users} (bcrypt hashes) log in with the login form;</li>
 * <li>OpenID Connect providers from {@code spring.security.oauth2.client.registration.*} are offered on the
 * login page, optionally limited to one e-mail domain;</li>
 * <li>the {@code demo} profile needs no login, and refuses to start unless the server is bound to a loopback
 * address;</li>
 * <li>with none of these, start-up fails and says how to configure one.</li>
 * </ul>
 * {@code /actuator/health} has its own stateless chain: load balancers poll it every few seconds and must not
 * fill the server with sessions.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class SecurityConfig {

    public static final String DEMO_PROFILE = "demo";
    /** One year: browsers keep to https for that long after a visit over https. */
    static final long HSTS_MAX_AGE_SECONDS = 365L * 24 * 3600;
    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfig.class);

    static final String NOTHING_CONFIGURED = "No way to log in is configured, and the dashboard does not run open"
            + " outside the demo profile.";
    static final String HOW_TO_CONFIGURE = "Configure one of:\n"
            + "  - users: trendfinder.security.users[0].username=..., trendfinder.security.users[0].password-hash="
            + "<bcrypt hash, e.g. from `htpasswd -nbBC 12 '' 'the password' | tr -d ':\\n'`>,"
            + " trendfinder.security.users[0].roles=USER (env: TRENDFINDER_SECURITY_USERS_0_USERNAME, ...);\n"
            + "  - an OpenID Connect provider: spring.security.oauth2.client.registration.<id>.client-id / client-secret"
            + " (e.g. google), optionally trendfinder.security.allowed-email-domain=example.org;\n"
            + "  - or, on your own machine only: --spring.profiles.active=demo (open, bound to 127.0.0.1).";

    @Bean
    LoginMethods loginMethods(SecuritySettings settings, Environment env,
            ObjectProvider<ClientRegistrationRepository> oauth2) {
        boolean open = env.acceptsProfiles(Profiles.of(DEMO_PROFILE));
        // Boot creates the repository only when spring.security.oauth2.client.registration.* is set; its
        // registrations carry the provider's display name (e.g. "Google" from Boot's CommonOAuth2Provider).
        List<LoginMethods.Provider> providers = new ArrayList<>();
        if (oauth2.getIfAvailable() instanceof Iterable<?> registrations) {
            for (Object r : registrations) {
                ClientRegistration registration = (ClientRegistration) r;
                providers.add(new LoginMethods.Provider(registration.getRegistrationId(), registration.getClientName()));
            }
        }
        providers.sort(Comparator.comparing(LoginMethods.Provider::registrationId));
        LoginMethods methods = new LoginMethods(open, !settings.users().isEmpty(), List.copyOf(providers));
        if (open) {
            requireLoopback(env.getProperty("server.address"));
            LOG.warn("demo profile: the dashboard is open to anyone who can reach {}", env.getProperty("server.address"));
        } else if (!methods.any()) {
            throw new SecuritySetupException(NOTHING_CONFIGURED, HOW_TO_CONFIGURE);
        }
        return methods;
    }

    /** The open demo must never face a network. */
    static void requireLoopback(String serverAddress) {
        String why = "The demo profile runs without login, so it only binds to the loopback address"
                + " (server.address=127.0.0.1, which the demo profile sets):";
        String action = "Remove the server.address override, or configure users / OpenID Connect and drop the"
                + " demo profile to serve others.";
        if (serverAddress == null || serverAddress.isBlank()) {
            throw new SecuritySetupException(why + " server.address is not set (the server would listen on every"
                    + " interface).", action);
        }
        boolean loopback;
        try {
            loopback = InetAddress.getByName(serverAddress.trim()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            loopback = false;
        }
        if (!loopback) {
            throw new SecuritySetupException(why + " server.address=" + serverAddress + " is not a loopback address.",
                    action);
        }
    }

    /** Health checks: open, and stateless so that polling never creates an HTTP session. */
    @Bean
    @Order(1)
    SecurityFilterChain healthChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/actuator/health", "/actuator/health/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .securityContext(c -> c.requireExplicitSave(true))
                .csrf(c -> c.disable())
                .build();
    }

    /**
     * Everything else: Vaadin's own configuration (internal requests, static resources, view access), plus the
     * Content-Security-Policy, HSTS on https, and throttled, audited, CSRF-protected logins.
     */
    @Bean
    @Order(2)
    SecurityFilterChain dashboardChain(HttpSecurity http, LoginMethods methods, SecuritySettings settings,
            LoginThrottle throttle, LoginAudit audit, RequestUtil requestUtil) throws Exception {
        http.addFilterBefore(new ContentSecurityPolicy(), HeaderWriterFilter.class)
                // only requests that arrived over https (X-Forwarded-Proto from a trusted proxy counts)
                .headers(h -> h.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE_SECONDS)
                        .includeSubDomains(true)));
        if (methods.open()) {
            return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                    .enableNavigationAccessControl(false)
                    .anyRequest(a -> a.permitAll())).build();
        }
        LoginFailureHandler failures = new LoginFailureHandler(throttle, audit);
        // Vaadin exempts its login page from Spring's CSRF check (login CSRF); its LoginForm does send Spring's
        // token (from the page's _csrf meta tags), so only Vaadin's own requests, which carry Vaadin's token, are
        // exempt here.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false));
        http.formLogin(f -> f.failureHandler(failures));
        http.csrf(c -> c.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest)
                .withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                    @Override
                    public <F extends CsrfFilter> F postProcess(F filter) {
                        filter.setAccessDeniedHandler(LOGIN_CSRF_REFUSAL);
                        return filter;
                    }
                }));
        http.addFilterAfter(new LoginThrottleFilter(throttle, audit), CsrfFilter.class);
        if (!methods.providers().isEmpty()) {
            EmailDomainRule rule = new EmailDomainRule(settings.emailDomain());
            http.oauth2Login(o -> o.loginPage("/" + LoginView.ROUTE).permitAll()
                    .failureHandler(failures)
                    .userInfoEndpoint(u -> u.oidcUserService(rule.userService())));
        }
        return http.build();
    }

    /**
     * A login post without a valid token gets a page that says so (the default 403 would end on the protected
     * error page, i.e. a silent redirect to the login page); other posts get the default 403.
     */
    private static final AccessDeniedHandler LOGIN_CSRF_REFUSAL = (request, response, denied) -> {
        if (LoginAttempts.FORM.matches(request)) {
            LoginAttempts.refuseWithoutCsrfToken(request, response);
        } else {
            new AccessDeniedHandlerImpl().handle(request, response, denied);
        }
    };

    @Bean
    LoginThrottle loginThrottle(LoginThrottleSettings settings) {
        return new LoginThrottle(settings, Clock.systemUTC());
    }

    @Bean
    LoginAudit loginAudit() {
        return new LoginAudit();
    }

    @Bean
    LoginSuccessListener loginSuccessListener(LoginThrottle throttle, LoginAudit audit) {
        return new LoginSuccessListener(throttle, audit);
    }

    @Bean
    VaadinServiceInitListener cspNonceOnBootstrapScripts() {
        return ContentSecurityPolicy.nonceOnBootstrapScripts();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** The configured users (none with OpenID Connect only; this bean also stops Boot's generated password). */
    @Bean
    UserDetailsService users(SecuritySettings settings) {
        List<UserDetails> users = settings.users().stream()
                .map(u -> User.withUsername(u.username()).password(u.passwordHash())
                        .roles(u.roles().toArray(String[]::new)).build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }
}
