/**
 * Rendering: per-document results ({@link org.claimcheck.report.DocumentReport}) and extracted facts as
 * JSON, the machine contract, or as text for people. Writers are pure functions over the {@code Writer}
 * they are given. Depends on {@code input}, {@code extract}, {@code facts} and {@code engine}.
 */
package org.claimcheck.report;
