package vn.thidua.nomination;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class NominationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(NominationServiceApplication.class, args);
    }
}
