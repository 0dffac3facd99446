/**
 * The JWT resource-server defaults every HTTP edge shares (gateway and services): RS256 tokens of the thidua
 * issuer for the audience {@code thidua-api}, roles from the {@code roles} claim, 401 and 403 as problem documents,
 * and {@link vn.thidua.support.security.CurrentUser} for object-level checks in the services.
 */
package vn.thidua.support.security;
