/** A fetch that counts requests still waiting for their response body. */
export interface CountingFetch {
  fetch: typeof globalThis.fetch;
  /** Requests sent whose response has not been read to the end. */
  readonly outstanding: number;
  readonly started: number;
}

export function countingFetch(): CountingFetch {
  let outstanding = 0;
  let started = 0;
  const counted: typeof globalThis.fetch = async (input, init) => {
    outstanding += 1;
    started += 1;
    try {
      const response = await globalThis.fetch(input, init);
      // Buffer the body so "finished" means the whole exchange is over, not only the headers.
      const body = await response.arrayBuffer();
      return new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    } finally {
      outstanding -= 1;
    }
  };
  return {
    fetch: counted,
    get outstanding() {
      return outstanding;
    },
    get started() {
      return started;
    },
  };
}
