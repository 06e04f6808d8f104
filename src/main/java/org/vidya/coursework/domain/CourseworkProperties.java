package org.vidya.coursework.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** @param maxFileSize the largest file a learner may hand in */
@ConfigurationProperties("vidya.coursework")
public record CourseworkProperties(@DefaultValue("10MB") DataSize maxFileSize) {
}
