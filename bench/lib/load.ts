import autocannon from 'autocannon';

/** One load run's figures; latencies in milliseconds. */
export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Requests that got no 2xx response or failed to connect; a fair run has none. */
  failures: number;
}

export interface LoadRun {
  url: string;
  connections: number;
  seconds: number;
  /** Builds each request; called per request so bodies and signatures can differ. */
  next: () => { path: string; headers: Record<string, string>; body: string };
}

/** Drives a server with autocannon from this process and returns its throughput and latency. */
export async function runLoad(run: LoadRun): Promise<LoadFigures> {
  const result = await autocannon({
    url: run.url,
    connections: run.connections,
    duration: run.seconds,
    method: 'POST',
    requests: [
      {
        setupRequest: (request) => {
          const built = run.next();
          return { ...request, path: built.path, headers: built.headers, body: built.body };
        },
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: result.non2xx + result.errors,
  };
}
