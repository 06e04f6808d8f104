package org.vidya;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Vidya: one application, one module per business capability. */
@Modulithic(sharedModules = "platform")
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class VidyaApplication {

    public static void main(String[] args) {
        SpringApplication.run(VidyaApplication.class, args);
    }
}
