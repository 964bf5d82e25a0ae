import pino, { type Logger, type DestinationStream } from 'pino';

export type { Logger };

// Names, contact details, passphrases and tokens must never reach logs at info level or above.
// Call sites log ids only; these paths are the safety net for objects logged whole.
const REDACT_PATHS = [
  '*.firstName',
  '*.lastName',
  '*.name',
  '*.email',
  '*.phone',
  '*.mobile',
  '*.passphrase',
  '*.password',
  '*.token',
  '*.accessToken',
  '*.authorization',
  '*.text',
  'text',
  'email',
  'phone',
  'password',
  'token',
];

/** Creates the process's one logger; components take `logger.child({ component })`. */
export function createLogger(options: {
  level?: string | undefined;
  destination?: DestinationStream;
}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      base: undefined,
    },
    options.destination ?? pino.destination(2),
  );
}

/** A logger that drops everything, for tests and tools that print their own output. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
