package org.vidya.platform.storage;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The file store chosen by {@code vidya.storage.type}; a local directory unless configured otherwise. */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    @Bean
    @ConditionalOnProperty(prefix = "vidya.storage", name = "type", havingValue = "local", matchIfMissing = true)
    FileStore localFileStore(StorageProperties properties) {
        return new LocalFileStore(properties.directory());
    }
}
