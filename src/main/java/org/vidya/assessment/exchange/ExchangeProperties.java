package org.vidya.assessment.exchange;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxFileSize largest file an import accepts; larger ones are refused with 413 before parsing
 */
@ConfigurationProperties("vidya.assessment.exchange")
public record ExchangeProperties(@DefaultValue("10MB") DataSize maxFileSize) {
}
