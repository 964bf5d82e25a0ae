import type { IncomingMessage, ServerResponse } from 'node:http';

import type { HealthReport } from '../../src/ops/health.js';
import type { Metrics } from '../../src/ops/metrics.js';

export interface OpsRoute {
  path: string;
  method: string[];
  handler(request: IncomingMessage, response: ServerResponse): void;
}

/**
 * GET /healthz (200 when the store and ElevenOS answer, 503 otherwise) and GET /metrics
 * (Prometheus text format), in the route shape Bolt's receivers accept as custom routes.
 */
export function opsRoutes(options: {
  health: () => Promise<HealthReport>;
  metrics: Metrics;
}): OpsRoute[] {
  return [
    {
      path: '/healthz',
      method: ['GET'],
      handler(_request, response) {
        void options.health().then((report) => {
          response.writeHead(report.status === 'ok' ? 200 : 503, {
            'content-type': 'application/json',
          });
          response.end(JSON.stringify(report));
        });
      },
    },
    {
      path: '/metrics',
      method: ['GET'],
      handler(_request, response) {
        void options.metrics.registry.metrics().then((body) => {
          response.writeHead(200, { 'content-type': options.metrics.registry.contentType });
          response.end(body);
        });
      },
    },
  ];
}
