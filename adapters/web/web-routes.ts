import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';

import { BULK_FILES_DIRECTORY, WEB_FILES_PATH } from '../../src/bulk/files/bulk-files.js';
import type { Runtime } from '../../src/runtime.js';
import type { Logger } from '../../src/log.js';
import { conversationKey } from '../../src/bot/replies.js';
import {
  describeBytes,
  MAX_IMPORT_BYTES,
  MAX_MESSAGE_CHARACTERS,
  messageTooLongReply,
} from '../../src/limits.js';
import { editValues, entryField, stringField, uploadName } from './api-input.js';
import { checkLocalRequest } from './local-request.js';
import { opsRoutes } from './ops-routes.js';
import { readBody, readJsonBody } from './request-body.js';
import { conversationSite, readPanel } from './site-panel.js';
import { PAGE_POLICY, type StaticFile } from './static-files.js';
import type { UploadImporter } from '../../src/bulk/messages/upload-import.js';
import { WebRequestError } from './web-errors.js';
import type { WebSession } from './web-session.js';

/** Body caps: a JSON call is a line of text or a form; an upload is a CSV of up to 10,000 rows. */
export const MAX_JSON_BYTES = 16 * 1024;
/**
 * The page posts the file itself as a text/csv body, with no form encoding around it, so the
 * upload cap is the import limit.
 */
export const MAX_UPLOAD_BYTES = MAX_IMPORT_BYTES;
/**
 * A message body may be far longer than a command, so that a pasted list still gets the core's
 * reply naming the character limit rather than a bare 413.
 */
export const MAX_MESSAGE_BODY_BYTES = 2 * 1024 * 1024;

const MESSAGE_TOO_LARGE = `The message is larger than ${describeBytes(MAX_MESSAGE_BODY_BYTES)}; Frontdesk reads commands of up to ${MAX_MESSAGE_CHARACTERS.toLocaleString('en-US')} characters. Put lists of residents in a CSV and import it.`;
const UPLOAD_TOO_LARGE = `The file is larger than ${describeBytes(MAX_IMPORT_BYTES)}, the largest file Frontdesk imports. Split it into smaller files.`;
// The transcript shows the start of an over-long message, so one paste cannot fill the page.
const SHOWN_CHARACTERS = 200;

export interface WebRoutesOptions {
  session: WebSession;
  runtime: Pick<Runtime, 'client' | 'sites' | 'store' | 'health' | 'metrics'>;
  importUpload: UploadImporter;
  pageFiles: Map<string, StaticFile>;
  defaultSite: string | undefined;
  logger: Logger;
  /** The port the server listens on, known once it is bound. */
  port: () => number;
}

type Handler = (request: IncomingMessage, url: URL) => Promise<unknown>;

/** Builds the request handler: the page, its JSON API and the ops routes. */
export function createWebRoutes(options: WebRoutesOptions) {
  const { session, runtime, logger } = options;
  const key = conversationKey(session.conversation);
  const ops = opsRoutes({ health: runtime.health, metrics: runtime.metrics });

  async function currentSite() {
    return (await conversationSite(runtime, key, options.defaultSite)).site;
  }

  const api: Record<string, Handler> = {
    'GET /api/transcript': () => Promise.resolve(session.transcript()),
    'GET /api/panel': async () => readPanel(runtime, await currentSite()),
    'POST /api/message': async (request) => {
      const body = await readJsonBody(request, MAX_MESSAGE_BODY_BYTES, MESSAGE_TOO_LARGE);
      const text = stringField(body, 'text', MAX_MESSAGE_BODY_BYTES).trim();
      const tooLong = messageTooLongReply(text);
      if (tooLong !== null) {
        session.record(`${text.slice(0, SHOWN_CHARACTERS)}…`, [{ kind: 'text', text: tooLong }]);
      } else if (text !== '') {
        await session.say(text);
      }
      return session.transcript();
    },
    'POST /api/action': async (request) => {
      const body = await readJsonBody(request, MAX_JSON_BYTES);
      await session.click(
        entryField(body.entryId),
        stringField(body, 'actionId'),
        stringField(body, 'value'),
      );
      return session.transcript();
    },
    'GET /api/edit-form': async (_request, url) => {
      const form = await session.editForm(
        entryField(url.searchParams.get('entry'), 'entry'),
        url.searchParams.get('proposal') ?? '',
      );
      return { form };
    },
    'POST /api/edit': async (request) => {
      const body = await readJsonBody(request, MAX_JSON_BYTES);
      const errors = await session.submitEdit(
        entryField(body.entryId),
        stringField(body, 'proposalId'),
        editValues(body.values),
      );
      return { errors, transcript: session.transcript() };
    },
    'POST /api/upload': async (request) => {
      // A cross-site form cannot send text/csv, so a browser sends a CORS preflight, which fails here.
      if (!(request.headers['content-type'] ?? '').startsWith('text/csv')) {
        throw new WebRequestError(415, 'Upload the file as text/csv.');
      }
      const name = uploadName(request.headers['x-file-name']);
      const csv = await readBody(request, MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE);
      const replies = await options.importUpload(session, name, csv, await currentSite());
      session.record(`Uploaded ${name}`, replies);
      return session.transcript();
    },
  };

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    checkLocalRequest(request, options.port());
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';

    const handler = api[`${method} ${url.pathname}`];
    if (handler !== undefined) {
      sendJson(response, 200, await handler(request, url));
      return;
    }
    const file = method === 'GET' ? options.pageFiles.get(url.pathname) : undefined;
    if (file !== undefined) {
      response.writeHead(200, {
        'content-type': file.contentType,
        'content-security-policy': PAGE_POLICY,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-cache',
      });
      response.end(file.body);
      return;
    }
    const op = ops.find((each) => each.path === url.pathname && each.method.includes(method));
    if (op !== undefined) {
      op.handler(request, response);
      return;
    }
    if (method === 'GET' && url.pathname.startsWith(WEB_FILES_PATH)) {
      await sendBulkFile(response, url.pathname.slice(WEB_FILES_PATH.length));
      return;
    }
    throw new WebRequestError(404, `Nothing is served at ${method} ${url.pathname}.`);
  }

  return (request: IncomingMessage, response: ServerResponse): void => {
    route(request, response).catch((error: unknown) => {
      if (error instanceof WebRequestError) {
        if (error.status === 413) response.setHeader('connection', 'close');
        sendJson(response, error.status, { error: error.message });
        return;
      }
      logger.error({ err: error, path: request.url }, 'web request failed');
      sendJson(response, 500, { error: 'Frontdesk failed on this request; see its log.' });
    });
  };
}

/**
 * Sends a problems or failures CSV that the bulk extension saved for this playground. Only plain
 * file names are served, so no path can leave the bulk files folder.
 */
async function sendBulkFile(response: ServerResponse, name: string): Promise<void> {
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]*\.csv$/.test(name)) {
    throw new WebRequestError(404, 'There is no such file.');
  }
  let body: Buffer;
  try {
    body = await readFile(join(BULK_FILES_DIRECTORY, name));
  } catch {
    throw new WebRequestError(404, `There is no file ${name}; make it again from its card.`);
  }
  response.writeHead(200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${name}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  if (response.headersSent) return;
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(JSON.stringify(body));
}
