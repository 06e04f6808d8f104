package org.vidya.support;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every REST route the application serves, as "METHOD /path/{var}", to keep test matrices exhaustive. */
public final class ApiEndpoints {

    private ApiEndpoints() {
    }

    public static Set<String> all(ApplicationContext context) {
        Set<String> routes = new TreeSet<>();
        context.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().keySet().forEach((RequestMappingInfo info) -> {
                    Set<String> patterns = info.getPatternValues();
                    info.getMethodsCondition().getMethods().forEach(method -> patterns.stream()
                            .filter(p -> p.startsWith("/api/v1/"))
                            .forEach(p -> routes.add(method.name() + " " + p)));
                }));
        return routes;
    }
}
