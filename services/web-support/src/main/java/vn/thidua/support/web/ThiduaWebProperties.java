package vn.thidua.support.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * HTTP settings shared by every service.
 *
 * @param maxBodySize the largest request body a service reads into memory; a larger one is refused with 413
 *                    {@code payload-too-large}. It sets the server codecs' {@code maxInMemorySize} and wins over
 *                    {@code spring.http.codecs.max-in-memory-size} for HTTP input (Spring's own default is 256 KB).
 */
@ConfigurationProperties("thidua.web")
public record ThiduaWebProperties(@DefaultValue("1MB") DataSize maxBodySize) {

    public ThiduaWebProperties {
        if (maxBodySize == null) {
            maxBodySize = DataSize.ofMegabytes(1);
        }
        if (maxBodySize.toBytes() <= 0 || maxBodySize.toBytes() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("thidua.web.max-body-size must be between 1 byte and 2 GB, was "
                    + maxBodySize);
        }
    }
}
