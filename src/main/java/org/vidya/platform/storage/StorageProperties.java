package org.vidya.platform.storage;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param type      which store holds files: {@code local} (a directory) is built in
 * @param directory the directory of the local store
 */
@ConfigurationProperties("vidya.storage")
public record StorageProperties(@DefaultValue("local") String type, @DefaultValue("./data/files") Path directory) {
}
