package vn.thidua.gateway.stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class LiveStreamConfiguration {

    @Bean
    RecentEvents recentEvents(@Value("${thidua.gateway.stream.replay-buffer:500}") int replayBuffer,
                              @Value("${thidua.gateway.stream.client-queue:1024}") int clientQueue) {
        return new RecentEvents(replayBuffer, clientQueue);
    }

    /** Off only where no broker exists (the gateway's tests that are not about the stream). */
    @Bean
    @ConditionalOnProperty(name = "thidua.gateway.stream.enabled", matchIfMissing = true)
    PublicEventConsumer publicEventConsumer(
            @Value("${thidua.gateway.stream.kafka-bootstrap:${THIDUA_KAFKA_BOOTSTRAP:localhost:9092}}") String bootstrap,
            RecentEvents events) {
        return new PublicEventConsumer(bootstrap, events);
    }
}
