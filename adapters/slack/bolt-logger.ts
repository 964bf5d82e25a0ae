import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';

import type { Logger } from '../../src/log.js';

function detail(parts: unknown[]): string {
  return parts.map((part) => (part instanceof Error ? part.message : String(part))).join(' ');
}

/**
 * Bolt's and the Slack SDK's logger interface on top of Frontdesk's pino logger. Their messages
 * are free text, so each goes into a `detail` field under a constant message.
 */
export function createBoltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.INFO;
  let name = 'bolt';
  const log = (method: 'debug' | 'info' | 'warn' | 'error', parts: unknown[]) =>
    logger[method]({ source: name, detail: detail(parts) }, 'slack sdk message');

  return {
    debug: (...parts: unknown[]) => log('debug', parts),
    info: (...parts: unknown[]) => log('info', parts),
    warn: (...parts: unknown[]) => log('warn', parts),
    error: (...parts: unknown[]) => log('error', parts),
    // The pino logger's own level filters; the SDK only reads this one back.
    setLevel(next) {
      level = next;
    },
    getLevel: () => level,
    setName(next) {
      name = next;
    },
  };
}
