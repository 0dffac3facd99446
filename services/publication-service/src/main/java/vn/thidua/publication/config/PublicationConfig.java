package vn.thidua.publication.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.thidua.publication.application.PublicationProperties;

@Configuration
@EnableScheduling
@EnableConfigurationProperties(PublicationProperties.class)
class PublicationConfig {
}
