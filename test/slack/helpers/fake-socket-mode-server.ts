import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

const WEBSOCKET_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

/** A Socket Mode stand-in: a bare WebSocket server on 127.0.0.1 that speaks Slack's envelopes. */
export interface FakeSocketModeServer {
  url: string;
  /** Connections accepted so far, counting reconnects. */
  readonly connectionCount: number;
  /** Envelope ids the client acknowledged. */
  acks: string[];
  send(envelope: Record<string, unknown>): void;
  /** Drops every connection without a close frame, as a network failure would. */
  dropConnections(): void;
  waitForConnections(count: number, timeoutMs: number): Promise<void>;
  waitForAck(envelopeId: string, timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

function frame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  let header: Buffer;
  if (length < 126) {
    header = Buffer.from([0x80 | opcode, length]);
  } else if (length < 65_536) {
    header = Buffer.alloc(4);
    header.writeUInt8(0x80 | opcode, 0);
    header.writeUInt8(126, 1);
    header.writeUInt16BE(length, 2);
  } else {
    header = Buffer.alloc(10);
    header.writeUInt8(0x80 | opcode, 0);
    header.writeUInt8(127, 1);
    header.writeBigUInt64BE(BigInt(length), 2);
  }
  return Buffer.concat([header, payload]);
}

/** Reads the client's masked frames from `buffer`; returns them and the bytes left over. */
function readFrames(buffer: Buffer): {
  frames: { opcode: number; payload: Buffer }[];
  rest: Buffer;
} {
  const frames: { opcode: number; payload: Buffer }[] = [];
  let offset = 0;
  while (buffer.length - offset >= 2) {
    const opcode = buffer[offset]! & 0x0f;
    let length = buffer[offset + 1]! & 0x7f;
    let cursor = offset + 2;
    if (length === 126) {
      if (buffer.length < cursor + 2) break;
      length = buffer.readUInt16BE(cursor);
      cursor += 2;
    } else if (length === 127) {
      if (buffer.length < cursor + 8) break;
      length = Number(buffer.readBigUInt64BE(cursor));
      cursor += 8;
    }
    if (buffer.length < cursor + 4 + length) break;
    const mask = buffer.subarray(cursor, cursor + 4);
    const payload = Buffer.from(buffer.subarray(cursor + 4, cursor + 4 + length));
    for (let index = 0; index < payload.length; index += 1) payload[index]! ^= mask[index % 4]!;
    frames.push({ opcode, payload });
    offset = cursor + 4 + length;
  }
  return { frames, rest: buffer.subarray(offset) };
}

async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function startFakeSocketModeServer(): Promise<FakeSocketModeServer> {
  const sockets = new Set<Duplex>();
  let connectionCount = 0;
  const server: Server = createServer((_request, response) => {
    response.writeHead(426);
    response.end();
  });

  const fake: FakeSocketModeServer = {
    url: '',
    get connectionCount() {
      return connectionCount;
    },
    acks: [],
    send(envelope) {
      const data = frame(0x1, Buffer.from(JSON.stringify(envelope)));
      for (const socket of sockets) socket.write(data);
    },
    dropConnections() {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
    },
    waitForConnections: (count, timeoutMs) =>
      until(() => connectionCount >= count && sockets.size > 0, timeoutMs, `${count} connections`),
    waitForAck: (envelopeId, timeoutMs) =>
      until(() => fake.acks.includes(envelopeId), timeoutMs, `the ack of ${envelopeId}`),
    close: () =>
      new Promise<void>((resolve) => {
        fake.dropConnections();
        server.close(() => resolve());
      }),
  };

  server.on('upgrade', (request, socket) => {
    const key = request.headers['sec-websocket-key'];
    const accept = createHash('sha1')
      .update(`${String(key)}${WEBSOCKET_GUID}`)
      .digest('base64');
    socket.write(
      'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
        `Sec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
    sockets.add(socket);
    connectionCount += 1;
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => sockets.delete(socket));

    let pending = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      const { frames, rest } = readFrames(Buffer.concat([pending, chunk]));
      pending = Buffer.from(rest);
      for (const { opcode, payload } of frames) {
        if (opcode === 0x9) socket.write(frame(0xa, payload));
        if (opcode === 0x8) socket.end(frame(0x8, Buffer.alloc(0)));
        if (opcode === 0x1) {
          const message = JSON.parse(payload.toString('utf8')) as { envelope_id?: string };
          if (message.envelope_id !== undefined) fake.acks.push(message.envelope_id);
        }
      }
    });
    socket.write(
      frame(
        0x1,
        Buffer.from(
          JSON.stringify({
            type: 'hello',
            num_connections: 1,
            debug_info: { host: 'fake', approximate_connection_time: 3600 },
            connection_info: { app_id: 'AFAKE0001' },
          }),
        ),
      ),
    );
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link`;
  return fake;
}
