import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Replies for the Web API methods Frontdesk calls; anything else gets `unknown_method`. */
function reply(method: string, sequence: number): Record<string, unknown> {
  const ts = `1700000000.${String(sequence).padStart(6, '0')}`;
  switch (method) {
    case 'auth.test':
      return { ok: true, user_id: 'UBENCHBOT1', bot_id: 'BBENCHBOT1', team_id: 'TBENCH001' };
    case 'chat.postMessage':
    case 'chat.update':
      return { ok: true, channel: 'CBENCH001', ts };
    case 'chat.postEphemeral':
      return { ok: true, message_ts: ts };
    case 'views.open':
    case 'views.update':
    case 'views.publish':
      return { ok: true, view: { id: `VBENCH${sequence}`, hash: `hash-${sequence}` } };
    case 'users.conversations':
      return { ok: true, channels: [], response_metadata: { next_cursor: '' } };
    case 'usergroups.users.list':
      return { ok: true, users: [] };
    default:
      return { ok: false, error: 'unknown_method' };
  }
}

/**
 * Starts a Slack Web API stand-in on 127.0.0.1 that answers at once and keeps nothing, so a
 * long load run does not grow it. Paths under /response/ take response_url posts.
 */
export async function startInstantSlackApi(): Promise<{ apiUrl: string; server: Server }> {
  let sequence = 0;
  const server = createServer((request, response) => {
    request.resume();
    request.once('end', () => {
      const path = (request.url ?? '/').split('?')[0] ?? '/';
      if (path.startsWith('/response/')) {
        response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
        return;
      }
      sequence += 1;
      const body = JSON.stringify(reply(path.replace(/^\/api\//, ''), sequence));
      response.writeHead(200, { 'content-type': 'application/json' }).end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { apiUrl: `http://127.0.0.1:${port}/api/`, server };
}
