package vn.thidua.support.web;

import java.util.Map;
import org.springframework.boot.http.codec.CodecCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.http.codec.CodecConfigurer;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes the server's JSON input strict while leaving the application's {@link JsonMapper} as it is: HTTP input
 * refuses unknown fields (a misspelt field would otherwise be dropped in silence), but events are read with the
 * shared mapper, which must ignore fields added by newer producers.
 *
 * <p>Runs after Boot's Jackson customizer (order 0) and replaces its decoder with one built on the same mapper,
 * so modules and date settings stay identical. Only {@link ServerCodecConfigurer}s are touched: WebClient reads
 * other services' answers leniently, for the same reason as events.
 */
class StrictJsonInput implements CodecCustomizer, Ordered {

    private final JsonMapper jsonMapper;
    private final int maxInMemorySize;

    StrictJsonInput(JsonMapper jsonMapper, int maxInMemorySize) {
        this.jsonMapper = jsonMapper;
        this.maxInMemorySize = maxInMemorySize;
    }

    @Override
    public void customize(CodecConfigurer configurer) {
        if (!(configurer instanceof ServerCodecConfigurer)) {
            return;
        }
        configurer.defaultCodecs().jacksonJsonDecoder(new StrictDecoder(jsonMapper));
        configurer.defaultCodecs().maxInMemorySize(maxInMemorySize);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 100;
    }

    static final class StrictDecoder extends JacksonJsonDecoder {

        StrictDecoder(JsonMapper mapper) {
            super(mapper);
        }

        @Override
        protected ObjectReader customizeReader(ObjectReader reader, ResolvableType elementType,
                                               Map<String, Object> hints) {
            return super.customizeReader(reader, elementType, hints)
                    .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    // 2.7 for an integer score must be refused, not truncated to 2.
                    .without(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                    // With duplicates the last value wins in silence, and two readers of one body may disagree.
                    .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        }
    }
}
