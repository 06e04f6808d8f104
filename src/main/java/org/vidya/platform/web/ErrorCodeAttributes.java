package org.vidya.platform.web;

import java.util.Map;

import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/** Adds the problem's stable code to the error page's model, so the page can say what went wrong. */
@Component
public class ErrorCodeAttributes extends DefaultErrorAttributes {

    public static final String CODE = ErrorCodeAttributes.class.getName() + ".code";

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object code = request.getAttribute(CODE, RequestAttributes.SCOPE_REQUEST);
        if (code != null) {
            attributes.put("code", code);
        }
        return attributes;
    }
}
