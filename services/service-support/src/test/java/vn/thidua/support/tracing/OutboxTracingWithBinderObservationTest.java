package vn.thidua.support.tracing;

import org.springframework.test.context.TestPropertySource;

/**
 * The same trace with the binder's own listener observation switched on: the listener then opens a span of its own
 * from the same {@code traceparent} header, and the consumer's span must still land in the request's trace.
 */
@TestPropertySource(properties = "spring.cloud.stream.kafka.binder.enable-observation=true")
class OutboxTracingWithBinderObservationTest extends OutboxTracingTest {
}
