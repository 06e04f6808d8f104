package org.vidya.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxBodyBytes   largest JSON or form body accepted
 * @param maxUploadBytes largest multipart upload accepted
 * @param baseUrl        the address people use to reach Vidya, for links in e-mails
 */
@ConfigurationProperties("vidya.web")
public record WebProperties(@DefaultValue("262144") long maxBodyBytes,
        @DefaultValue("10485760") long maxUploadBytes,
        @DefaultValue("http://localhost:8080") String baseUrl) {
}
