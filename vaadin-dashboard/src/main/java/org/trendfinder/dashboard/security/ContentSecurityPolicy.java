package org.trendfinder.dashboard.security;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.web.filter.OncePerRequestFilter;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The Content-Security-Policy of every response. Scripts run only from this origin or, inline, with the nonce
 * made for this response (Vaadin's bootstrap page has inline scripts: {@link #nonceOnBootstrapScripts()} stamps
 * them), so an injected {@code <script>} or {@code onerror=} does not run. What had to stay allowed, and why:
 * <ul>
 * <li>{@code script-src 'unsafe-eval'}: the Vaadin Flow 24 client builds a function from every {@code executeJs}
 * call and every event-data expression the server sends ({@code new Function}); Vaadin documents this as
 * required, and only Flow 25.4 (Java 21) can do without. Our own charts are drawn through {@code executeJs}.</li>
 * <li>{@code style-src 'unsafe-inline'}: Vaadin's components and ECharts set inline styles and style elements.</li>
 * <li>{@code img-src data:} and {@code font-src data:}: Lumo's icons and fonts are inlined as data URLs.</li>
 * </ul>
 */
public final class ContentSecurityPolicy extends OncePerRequestFilter {

    /** The request attribute holding this response's script nonce. */
    static final String NONCE_ATTRIBUTE = ContentSecurityPolicy.class.getName() + ".nonce";
    static final String HEADER = "Content-Security-Policy";

    private final SecureRandom random = new SecureRandom();

    static String policy(String nonce) {
        return "default-src 'self'; "
                + "script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; "
                + "font-src 'self' data:; "
                + "connect-src 'self'; "
                + "worker-src 'self'; "
                + "object-src 'none'; "
                + "base-uri 'self'; "
                + "form-action 'self'; "
                + "frame-ancestors 'none'";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE_ATTRIBUTE, nonce);
        response.setHeader(HEADER, policy(nonce));
        chain.doFilter(request, response);
    }

    /** Gives every script element of Vaadin's bootstrap page the nonce of its response. */
    public static VaadinServiceInitListener nonceOnBootstrapScripts() {
        return (ServiceInitEvent event) -> event.addIndexHtmlRequestListener(page -> {
            Object nonce = page.getVaadinRequest().getAttribute(NONCE_ATTRIBUTE);
            if (nonce != null) {
                page.getDocument().getElementsByTag("script").attr("nonce", nonce.toString());
            }
        });
    }
}
