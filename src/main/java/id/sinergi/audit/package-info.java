/**
 * The append-only, hash-chained audit log: every state change (who, when, what, before/after, from
 * which address) is recorded in the transaction that makes it; a verification finds the first
 * entry that was edited or removed. Owns {@code audit_entry}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package id.sinergi.audit;
