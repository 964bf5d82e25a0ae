import { runImportCheck } from '../src/bulk/cli/import-check-command.js';

/** `frontdesk import FILE --check`: checks an import file and prints one line per row. */
export function runImport(argv: string[]): Promise<number> {
  // Piped into `head`, the output may be closed early; that ends the command quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
  return runImportCheck(argv, { stdout: process.stdout, stderr: process.stderr, env: process.env });
}
