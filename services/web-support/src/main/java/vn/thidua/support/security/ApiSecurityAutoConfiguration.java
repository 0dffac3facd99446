package vn.thidua.support.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import vn.thidua.support.web.ProblemHandlingAutoConfiguration;
import vn.thidua.support.web.ProblemWriter;

/** Offers {@link ApiSecurity} to every reactive application; each one still declares its own filter chain. */
@AutoConfiguration(after = ProblemHandlingAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass(ServerHttpSecurity.class)
public class ApiSecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ApiSecurity apiSecurity(ProblemWriter problems) {
        return new ApiSecurity(problems);
    }
}
