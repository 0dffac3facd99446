package vn.thidua.support.security;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Makes the application under test trust {@link TestTokenIssuer#shared()}:
 * {@code @ContextConfiguration(initializers = TestTokenIssuerInitializer.class)}.
 */
public class TestTokenIssuerInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(TestTokenIssuer.shared().properties()).applyTo(context);
    }
}
