package org.vidya.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.support.TestData.Person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** For MockMvc tests of the server-rendered pages: who is signed in, and the HTML that came back. */
public final class Pages {

    private Pages() {
    }

    /** A request from a browser session signed in as this person. */
    public static RequestPostProcessor as(Person person) {
        VidyaPrincipal principal = person.principal();
        return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.authorities()));
    }

    public static Document html(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    /** An htmx answer: table rows and out-of-band elements, which an HTML parser would drop outside a table. */
    public static Document fragment(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(), "", Parser.xmlParser());
    }

    /** The browser session a request left behind, to send along with the next ones. */
    public static MockHttpSession session(MvcResult result) {
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    /** Who the browser session is signed in as, or null. */
    public static @Nullable VidyaPrincipal signedIn(@Nullable MockHttpSession session) {
        if (session == null || session.isInvalid() || !(session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context)
                || context.getAuthentication() == null) {
            return null;
        }
        return context.getAuthentication().getPrincipal() instanceof VidyaPrincipal principal ? principal : null;
    }

    /** The first group of {@code regex} in {@code text}, which must match. */
    public static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("'%s' in:%n%s", regex, text).isTrue();
        return matcher.group(1);
    }
}
