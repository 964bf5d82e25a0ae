import type { ServerResponse } from 'node:http';

import type { WorkTracker } from '../../src/ops/work-tracker.js';

/** GET /health for load balancers and uptime checks: 200 while the process serves Slack. */
export function healthRoute(work: WorkTracker) {
  return {
    path: '/health',
    method: ['GET'],
    handler(_request: unknown, response: ServerResponse) {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ status: 'ok', inFlight: work.size }));
    },
  };
}
