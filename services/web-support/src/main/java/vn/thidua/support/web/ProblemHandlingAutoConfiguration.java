package vn.thidua.support.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.codec.CodecCustomizer;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.error.ErrorWebFluxAutoConfiguration;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem answers and strict JSON input for every reactive service that depends on service-support.
 * Runs before Boot's error handling so that Boot's default handler, finding ours, stays out of the way.
 */
@AutoConfiguration(before = ErrorWebFluxAutoConfiguration.class, after = JacksonAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableConfigurationProperties(ThiduaWebProperties.class)
public class ProblemHandlingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    TraceIdResolver traceIdResolver() {
        return TraceIdResolver.fromTraceparentHeader();
    }

    /** Refuses malformed trace contexts before the tracer parses them (see {@link InvalidTraceContexts}). */
    @Bean
    @ConditionalOnMissingBean
    InvalidTraceContexts invalidTraceContexts() {
        return new InvalidTraceContexts();
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemWriter problemWriter(ObjectProvider<JsonMapper> jsonMapper, TraceIdResolver traceIds) {
        return new ProblemWriter(jsonMapper.getIfAvailable(JsonMapper::shared), traceIds);
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemMapper problemMapper(ThiduaWebProperties properties) {
        return new ProblemMapper(properties.maxBodySize());
    }

    @Bean
    @ConditionalOnMissingBean(ErrorWebExceptionHandler.class)
    ProblemExceptionHandler problemExceptionHandler(ProblemMapper mapper, ProblemWriter writer) {
        return new ProblemExceptionHandler(mapper, writer);
    }

    @Bean
    CodecCustomizer strictJsonInputCodecCustomizer(ObjectProvider<JsonMapper> jsonMapper,
                                                   ThiduaWebProperties properties) {
        return new StrictJsonInput(jsonMapper.getIfAvailable(JsonMapper::shared),
                (int) properties.maxBodySize().toBytes());
    }
}
