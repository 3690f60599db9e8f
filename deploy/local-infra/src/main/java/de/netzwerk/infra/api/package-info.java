/**
 * Proofs that stay, driven by a service's own OpenAPI document: tenant isolation ({@link TenantIsolation}),
 * the role matrix ({@link RoleMatrix}) and hostile input ({@link Fuzz}).
 *
 * <p>A service's test reads its document ({@link OpenApiDocument#fetch}), prepares two networks with real
 * objects ({@link Tenant}, {@link ApiFixture}) and hands both to a harness. The harness builds every call from
 * the document, so an operation added to the service is covered without a new test; one it cannot build a call
 * for fails the test by name until the fixture says how.
 */
package de.netzwerk.infra.api;
