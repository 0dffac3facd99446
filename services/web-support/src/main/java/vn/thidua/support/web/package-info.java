/**
 * How every thidua HTTP API refuses a request: RFC 9457 {@code application/problem+json} with a stable
 * {@code type} under {@value vn.thidua.support.web.ProblemType#BASE}, a Vietnamese {@code title} and
 * {@code detail}, the request path as {@code instance}, and an {@code errors} list of
 * {@code {"field", "message"}} naming each refused field by its JSON path.
 *
 * <p>{@link vn.thidua.support.web.ProblemHandlingAutoConfiguration} installs it in every reactive service: one
 * {@link vn.thidua.support.web.ProblemExceptionHandler} sees every error of the exchange (controllers, functional
 * routes, routing failures, codec limits), and HTTP input is read strictly (unknown JSON fields refused) while the
 * application's own {@code JsonMapper} stays lenient for events. Security entry points reuse
 * {@link vn.thidua.support.web.ProblemWriter} with {@link vn.thidua.support.web.Problems#unauthenticated()} and
 * {@link vn.thidua.support.web.Problems#forbidden()}. {@link vn.thidua.support.web.Etags} keeps ETag and
 * {@code If-Match} handling the same in every service.
 */
package vn.thidua.support.web;
