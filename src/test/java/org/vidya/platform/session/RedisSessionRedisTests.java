package org.vidya.platform.session;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.test.context.ActiveProfiles;
import org.vidya.platform.Role;
import org.vidya.support.RequiresRedis;
import org.vidya.support.TestData;
import org.vidya.support.TestDataConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With VIDYA_REDIS_URL set, a browser session lives in Redis: signing in through the real
 * form stores it there, any request carrying its cookie is served from it, and signing out
 * removes it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vidya.redis.url=" + RequiresRedis.URL, classes = {org.vidya.VidyaApplication.class,
                TestDataConfiguration.class})
@ActiveProfiles("test")
@RequiresRedis
class RedisSessionRedisTests {

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired RedisConnectionFactory redis;

    @Test
    void aSignedInBrowserSessionLivesInRedis() throws Exception {
        TestData.Person learner = data.member(data.tenant(), Role.LEARNER);
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        String loginPage = browser.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> signedIn = browser.send(post("/login", "email=" + enc(learner.email())
                + "&password=" + enc(learner.password()) + "&_csrf=" + enc(csrf(loginPage))),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);

        String session = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("SESSION")).map(HttpCookie::getValue).findFirst().orElseThrow();
        StringRedisTemplate store = new StringRedisTemplate(redis);
        String key = "vidya:session:sessions:" + new String(java.util.Base64.getDecoder().decode(session),
                StandardCharsets.UTF_8);
        assertThat(store.hasKey(key)).isTrue();

        // Another client holding only the cookie (another browser tab, or another node) is signed in.
        HttpResponse<String> dashboard = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url("/"))
                .header("Cookie", "SESSION=" + session).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("data-testid=\"dashboard-roles\"");

        HttpResponse<String> signedOut = browser.send(post("/logout", "_csrf=" + enc(csrf(dashboard.body()))),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(store.hasKey(key)).isFalse();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(url(path)).header("Accept", "text/html").build();
    }

    private HttpRequest post(String path, String form) {
        return HttpRequest.newBuilder(url(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("a CSRF field on the page").isTrue();
        return m.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
