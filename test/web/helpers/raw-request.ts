import { request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * Sends one HTTP request with exactly these headers; fetch would replace Host and forbid
 * setting some of them.
 */
export function rawRequest(options: {
  port: number;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  /** Sends the body in chunks without a content-length. */
  chunked?: boolean;
}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const call = request(
      {
        host: '127.0.0.1',
        port: options.port,
        method: options.method,
        path: options.path,
        headers: options.headers,
        setHost: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    call.on('error', reject);
    if (options.body !== undefined && options.chunked === true) {
      const body = Buffer.from(options.body);
      for (let start = 0; start < body.length; start += 64 * 1024) {
        call.write(body.subarray(start, start + 64 * 1024));
      }
      call.end();
      return;
    }
    call.end(options.body);
  });
}
