package vn.thidua.exemplar;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ExemplarServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ExemplarServiceApplication.class, args);
    }
}
