package vn.thidua.support.persistence;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions.BigDecimalRepresentation;

/**
 * How values are stored, the same in every service:
 * <ul>
 *   <li>calendar dates ({@link LocalDate}: validity, deadlines, decision dates) as {@code "YYYY-MM-DD"} strings.
 *       The driver's default turns them into instants at midnight of the JVM's time zone, so a service running in
 *       UTC and one in Asia/Ho_Chi_Minh would read different days from the same document. Strings sort correctly
 *       and read the same everywhere, in the shell too;</li>
 *   <li>decimals (weights, scores, prize money) as Decimal128, exact and comparable in queries.</li>
 * </ul>
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration"})
@ConditionalOnClass(MongoCustomConversions.class)
public class MongoConversionsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MongoCustomConversions mongoCustomConversions() {
        return MongoCustomConversions.create(conversions -> conversions
                .bigDecimal(BigDecimalRepresentation.DECIMAL128)
                .registerConverters(List.of(new LocalDateWriter(), new LocalDateReader())));
    }

    @WritingConverter
    static final class LocalDateWriter implements Converter<LocalDate, String> {
        @Override
        public String convert(LocalDate date) {
            return date.toString();
        }
    }

    @ReadingConverter
    static final class LocalDateReader implements Converter<String, LocalDate> {
        @Override
        public LocalDate convert(String text) {
            return LocalDate.parse(text);
        }
    }
}
