/**
 * Returns whether an error is node:util parseArgs rejecting the arguments: an unknown option, a
 * missing value, or a value that starts with a dash ("--count -1"). Node marks these with codes
 * starting ERR_PARSE_ARGS_ (Node 20), and they deserve a usage line rather than a stack trace.
 */
export function isParseArgsError(error: unknown): error is Error {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}
