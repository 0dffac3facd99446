package vn.thidua.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.error.ErrorWebFluxAutoConfiguration;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.ResolvableType;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ClientCodecConfigurer;
import org.springframework.http.codec.CodecConfigurer;
import org.springframework.http.codec.DecoderHttpMessageReader;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

class ProblemHandlingAutoConfigurationTest {

    private final ReactiveWebApplicationContextRunner reactive = new ReactiveWebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, CodecsAutoConfiguration.class,
                    WebFluxAutoConfiguration.class, ErrorWebFluxAutoConfiguration.class,
                    ProblemHandlingAutoConfiguration.class));

    @Test
    void isRegisteredForEveryServiceThatDependsOnTheModule() {
        var candidates = ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader());

        assertThat(candidates.getCandidates()).contains(ProblemHandlingAutoConfiguration.class.getName());
    }

    @Test
    void replacesBootsDefaultErrorHandler() {
        reactive.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBeansOfType(ErrorWebExceptionHandler.class))
                    .hasSize(1)
                    .allSatisfy((name, handler) -> assertThat(handler).isInstanceOf(ProblemExceptionHandler.class));
            assertThat(context).hasSingleBean(ProblemWriter.class);
        });
    }

    @Test
    void serviceCanProvideItsOwnPieces() {
        reactive.withBean(TraceIdResolver.class, () -> exchange -> "fixed").run(context ->
                assertThat(context.getBean(TraceIdResolver.class).traceId(null)).isEqualTo("fixed"));
    }

    @Test
    void bodyLimitDefaultsToOneMegabyteAndIsConfigurable() {
        reactive.run(context -> {
            assertThat(context.getBean(ThiduaWebProperties.class).maxBodySize()).isEqualTo(DataSize.ofMegabytes(1));
            assertThat(jsonDecoder(context.getBean(ServerCodecConfigurer.class)).getMaxInMemorySize())
                    .isEqualTo(1024 * 1024);
        });
        reactive.withPropertyValues("thidua.web.max-body-size=3MB").run(context ->
                assertThat(jsonDecoder(context.getBean(ServerCodecConfigurer.class)).getMaxInMemorySize())
                        .isEqualTo(3 * 1024 * 1024));
    }

    @Test
    void staysOutOfApplicationsThatAreNotReactiveWebApplications() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
                        ProblemHandlingAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean(ProblemExceptionHandler.class));
    }

    @Test
    void onlyServerInputIsStrict() {
        JsonMapper mapper = JsonMapper.builder().build();
        StrictJsonInput strict = new StrictJsonInput(mapper, 64 * 1024);
        ServerCodecConfigurer server = ServerCodecConfigurer.create();
        ClientCodecConfigurer client = ClientCodecConfigurer.create();
        strict.customize(server);
        strict.customize(client);
        String json = "{\"name\": \"Chuyên cần\", \"maxScore\": 10, \"addedLater\": true}";

        assertThatThrownBy(() -> decode(server, json)).isInstanceOf(DecodingException.class)
                .hasMessageContaining("addedLater");
        assertThat(decode(client, json)).isEqualTo(new ProblemTestController.Criterion("Chuyên cần", 10));
    }

    private static Object decode(CodecConfigurer configurer, String json) {
        var buffer = DefaultDataBufferFactory.sharedInstance.wrap(json.getBytes(StandardCharsets.UTF_8));
        return jsonDecoder(configurer).decode(buffer, ResolvableType.forClass(ProblemTestController.Criterion.class),
                MediaType.APPLICATION_JSON, Map.of());
    }

    private static org.springframework.http.codec.json.JacksonJsonDecoder jsonDecoder(CodecConfigurer configurer) {
        return configurer.getReaders().stream()
                .filter(DecoderHttpMessageReader.class::isInstance)
                .map(reader -> ((DecoderHttpMessageReader<?>) reader).getDecoder())
                .filter(org.springframework.http.codec.json.JacksonJsonDecoder.class::isInstance)
                .map(org.springframework.http.codec.json.JacksonJsonDecoder.class::cast)
                .findFirst()
                .orElseThrow();
    }
}
