package org.vidya.platform;

import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Where the current request comes from, for audit records and throttling. */
public record ClientInfo(String address, String userAgent) {

    public static final ClientInfo SYSTEM = new ClientInfo("system", "vidya");

    public static ClientInfo current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var request = attributes.getRequest();
            return new ClientInfo(request.getRemoteAddr(), truncate(request.getHeader("User-Agent")));
        }
        return SYSTEM;
    }

    private static String truncate(@Nullable String value) {
        if (value == null) {
            return "";
        }
        return value.length() > 300 ? value.substring(0, 300) : value;
    }
}
