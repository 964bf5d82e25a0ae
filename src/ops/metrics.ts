import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

import type { AuditEvent, AuditLog } from '../audit/audit-log.js';

/** Prometheus metrics of one process: commands, confirmations and ElevenOS calls. */
export interface Metrics {
  registry: Registry;
  countCommand(intent: string): void;
  /** Wraps an audit log so each recorded step also updates the counters. */
  observeAudit(audit: AuditLog): AuditLog;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const commands = new Counter({
    name: 'frontdesk_commands_total',
    help: 'Commands received, by parsed intent.',
    labelNames: ['intent'],
    registers: [registry],
  });
  const confirmations = new Counter({
    name: 'frontdesk_confirmations_total',
    help: 'Confirmed proposals, by outcome (done, failed, unknown).',
    labelNames: ['status'],
    registers: [registry],
  });
  const calls = new Counter({
    name: 'frontdesk_elevenos_calls_total',
    help: 'ElevenOS API calls, by method, path template and HTTP status ("none" without an answer).',
    labelNames: ['method', 'path', 'status'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'frontdesk_elevenos_call_seconds',
    help: 'ElevenOS API call latency in seconds, by method and path template.',
    labelNames: ['method', 'path'],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });

  function observe(event: Omit<AuditEvent, 'id'>): void {
    const detail = event.detail;
    if (event.kind === 'result') confirmations.inc({ status: String(detail.status) });
    if (event.kind !== 'api_call') return;
    const labels = { method: String(detail.method), path: String(detail.path) };
    calls.inc({ ...labels, status: detail.status === null ? 'none' : String(detail.status) });
    latency.observe(labels, Number(detail.durationMs) / 1000);
  }

  return {
    registry,
    countCommand: (intent) => commands.inc({ intent }),
    observeAudit: (audit) => ({
      async record(event) {
        observe(event);
        await audit.record(event);
      },
      list: (filter) => audit.list(filter),
    }),
  };
}
