/**
 * Process-wide counters, exposed to admins (GET /api/admin/stats). Counts only: never content.
 */
export interface Metrics {
  turns: number;
  turnErrors: number;
  rejectedRequests: number;
  unauthorized: number;
  blockedTenants: number;
  /** Activities whose two tenant fields named different tenants (not served). */
  tenantConflicts: number;
  /** Activities from another channel than Teams, in production (not served). */
  blockedChannels: number;
  rateLimited: number;
  /** Readiness probes whose write and read through storage failed. */
  storageProbeFailures: number;
}

export function createMetrics(): Metrics {
  return {
    turns: 0,
    turnErrors: 0,
    rejectedRequests: 0,
    unauthorized: 0,
    blockedTenants: 0,
    tenantConflicts: 0,
    blockedChannels: 0,
    rateLimited: 0,
    storageProbeFailures: 0,
  };
}
