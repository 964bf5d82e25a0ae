// The Teams baseline: botbuilder's CloudAdapter behind a plain HTTP server, echoing each message.
// It authenticates with Frontdesk's botbuilder configuration, so both bots check tokens and fetch
// their own from the local identity stand-in the same way.
import { createServer } from 'node:http';

import { CloudAdapter, type Request, type Response } from 'botbuilder';

import { createBotAuthentication } from '../../adapters/teams/bot-framework/bot-authentication.js';
import type { TeamsSettings } from '../../src/config.js';

const settings: TeamsSettings = {
  appId: process.env.MicrosoftAppId ?? '',
  appPassword: process.env.MicrosoftAppPassword ?? '',
  tenantId: process.env.MicrosoftAppTenantId ?? '',
  openIdMetadataUrl: process.env.BotOpenIdMetadata,
  loginUrl: process.env.ToChannelFromBotLoginUrl,
};
const adapter = new CloudAdapter(createBotAuthentication({ settings }));

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const req: Request = {
      body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>,
      headers: request.headers,
      method: request.method,
    };
    const res: Response = {
      socket: request.socket,
      status(code: number) {
        response.statusCode = code;
        return res;
      },
      header(name: string, value: unknown) {
        response.setHeader(name, String(value));
        return res;
      },
      send(body?: unknown) {
        if (body !== undefined) {
          response.setHeader('content-type', 'application/json');
          response.write(JSON.stringify(body));
        }
        return res;
      },
      end() {
        response.end();
        return res;
      },
    };
    void adapter.process(req, res, async (context) => {
      if (context.activity.type === 'message') {
        await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
      }
    });
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1');
process.once('SIGTERM', () => server.close(() => process.exit(0)));
