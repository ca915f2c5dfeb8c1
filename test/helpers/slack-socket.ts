/**
 * A stand-in for Slack's Socket Mode endpoint: a minimal WebSocket server (RFC 6455, text frames,
 * ping/pong and close; enough for @slack/socket-mode) that greets with `hello`, sends envelopes
 * the way Slack does, and records the client's acknowledgements.
 */
import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";

const WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

export interface Ack {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

export interface SocketStandIn {
  url: string;
  acks: Ack[];
  /** Sends an envelope ({ envelope_id, type, payload, … }) to the connected client. */
  send(envelope: Record<string, unknown>): void;
  waitForAck(envelopeId: string, timeoutMs?: number): Promise<Ack>;
  /** Resolves when the client closes its connection. */
  closed: Promise<void>;
  close(): Promise<void>;
}

function frame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  const header = length < 126 ? Buffer.from([0x80 | opcode, length]) : Buffer.alloc(length < 65536 ? 4 : 10);
  if (length >= 126 && length < 65536) {
    header[0] = 0x80 | opcode;
    header[1] = 126;
    header.writeUInt16BE(length, 2);
  } else if (length >= 65536) {
    header[0] = 0x80 | opcode;
    header[1] = 127;
    header.writeBigUInt64BE(BigInt(length), 2);
  }
  return Buffer.concat([header, payload]);
}

/** Reads complete client frames (always masked) from the front of `buffer`. */
function readFrames(buffer: Buffer): { frames: { opcode: number; payload: Buffer }[]; rest: Buffer } {
  const frames: { opcode: number; payload: Buffer }[] = [];
  let offset = 0;
  while (buffer.length - offset >= 6) {
    const opcode = buffer[offset]! & 0x0f;
    let length = buffer[offset + 1]! & 0x7f;
    let cursor = offset + 2;
    if (length === 126) {
      length = buffer.readUInt16BE(cursor);
      cursor += 2;
    } else if (length === 127) {
      length = Number(buffer.readBigUInt64BE(cursor));
      cursor += 8;
    }
    if (buffer.length < cursor + 4 + length) break;
    const mask = buffer.subarray(cursor, cursor + 4);
    const payload = Buffer.from(buffer.subarray(cursor + 4, cursor + 4 + length));
    for (let i = 0; i < payload.length; i++) payload[i]! ^= mask[i % 4]!;
    frames.push({ opcode, payload });
    offset = cursor + 4 + length;
  }
  return { frames, rest: buffer.subarray(offset) };
}

export async function startSocketStandIn(): Promise<SocketStandIn> {
  let socket: Duplex | null = null;
  let resolveClosed: () => void = () => {};
  const closed = new Promise<void>((resolve) => (resolveClosed = resolve));
  const ackWaiters = new Set<() => void>();
  const server: Server = createServer((_req, res) => res.writeHead(426).end());

  server.on("upgrade", (req, client: Duplex) => {
    const accept = createHash("sha1").update(`${String(req.headers["sec-websocket-key"])}${WEBSOCKET_GUID}`).digest("base64");
    client.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
    socket = client;
    let pending: Buffer = Buffer.alloc(0);
    client.on("data", (chunk: Buffer) => {
      const { frames, rest } = readFrames(Buffer.concat([pending, chunk]));
      pending = rest;
      for (const { opcode, payload } of frames) {
        if (opcode === 0x1) {
          standIn.acks.push(JSON.parse(payload.toString("utf8")) as Ack);
          for (const wake of ackWaiters) wake();
        } else if (opcode === 0x9) {
          client.write(frame(0xa, payload));
        } else if (opcode === 0x8) {
          client.end(frame(0x8, payload));
        }
      }
    });
    client.on("close", () => resolveClosed());
    client.on("error", () => resolveClosed());
    standIn.send({ type: "hello", num_connections: 1, debug_info: { host: "stand-in" }, connection_info: { app_id: "A0442TUPHGR" } });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const standIn: SocketStandIn = {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link/?ticket=stand-in`,
    acks: [],
    closed,
    send(envelope) {
      if (!socket) throw new Error("no Socket Mode client is connected");
      socket.write(frame(0x1, Buffer.from(JSON.stringify(envelope), "utf8")));
    },
    waitForAck(envelopeId, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const ack = standIn.acks.find((a) => a.envelope_id === envelopeId);
          if (!ack) return;
          ackWaiters.delete(check);
          clearTimeout(timer);
          resolve(ack);
        };
        const timer = setTimeout(() => {
          ackWaiters.delete(check);
          reject(new Error(`no acknowledgement of envelope ${envelopeId}`));
        }, timeoutMs);
        ackWaiters.add(check);
        check();
      });
    },
    close: () =>
      new Promise((resolve) => {
        socket?.destroy();
        server.close(() => resolve());
      }),
  };
  return standIn;
}
