/** Thrown when a response body does not arrive within its time limit. */
export class BodyTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(`Response body did not arrive within ${timeoutMs} ms`);
    this.name = 'BodyTimeoutError';
  }
}

/**
 * Reads a response body as text within `timeoutMs`. ky's `timeout` ends when the headers arrive,
 * so a server that stalls mid-body would otherwise hold the call forever. On expiry `abort`
 * cancels the underlying fetch, and the read rejects with BodyTimeoutError.
 */
export async function readBodyWithin(
  response: Response,
  timeoutMs: number,
  abort: AbortController,
): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      abort.abort();
      reject(new BodyTimeoutError(timeoutMs));
    }, timeoutMs);
  });
  try {
    return await Promise.race([response.text(), expired]);
  } finally {
    clearTimeout(timer);
  }
}
