/**
 * Evidence (bukti dukung): files streamed to storage, SHA-256 addressed and de-duplicated per
 * government, type-checked by content, size-limited, text-extracted; served only through an
 * authorised download. Owns {@code evidence_file}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit"})
package id.sinergi.evidence;
