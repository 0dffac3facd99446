package vn.thidua.gateway.docs;

import org.springframework.cloud.gateway.filter.factory.rewrite.ModifyResponseBodyGatewayFilterFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class ApiDocsConfiguration {

    @Bean
    OpenApiThroughGatewayGatewayFilterFactory openApiThroughGatewayGatewayFilterFactory(
            ModifyResponseBodyGatewayFilterFactory modifyResponseBody) {
        return new OpenApiThroughGatewayGatewayFilterFactory(modifyResponseBody);
    }
}
