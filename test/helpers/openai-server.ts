/**
 * A local OpenAI-compatible server for tests: `POST …/chat/completions` (plain and SSE streaming) and
 * `POST …/embeddings`, on 127.0.0.1 and a free port. Every request is recorded; how chat requests are
 * answered is scripted per test (a good answer, an error status, an empty reply, no reply at all).
 * The real client library talks to it over HTTP — nothing is mocked.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { HashEmbeddings } from "../../src/index/embeddings";

export interface ChatMessage {
  role: string;
  content: string;
}

export interface RecordedRequest {
  method: string;
  /** Path and query, e.g. `/v1/chat/completions` or `/openai/deployments/x/chat/completions?api-version=…`. */
  url: string;
  headers: IncomingMessage["headers"];
  body: Record<string, unknown>;
}

export interface ChatRequest extends RecordedRequest {
  messages: ChatMessage[];
  stream: boolean;
}

export type ChatReply =
  /** A completion; streamed in pieces of 8 characters (`chunkDelayMs` apart) when the request asks for a stream. */
  | { text: string; usage?: { prompt_tokens: number; completion_tokens: number }; chunkDelayMs?: number }
  /** An HTTP error with an OpenAI-style error body. */
  | { status: number; message?: string; headers?: Record<string, string> }
  /** Accepts the request and never answers. */
  | { hang: true }
  /** Streams `text`, then stops sending without ending the response. */
  | { text: string; stallAfter: true };

export type ChatScript = (request: ChatRequest) => ChatReply;

export interface OpenAITestServer {
  /** Base URL to give the client, ending in `/v1`. */
  baseUrl: string;
  /** The origin alone (`http://127.0.0.1:PORT`), for Azure-style deployment URLs. */
  origin: string;
  requests: RecordedRequest[];
  chatRequests(): ChatRequest[];
  /** Replaces how chat requests are answered from now on. */
  script(script: ChatScript): void;
  /** Forgets the requests recorded so far. */
  reset(): void;
  close(): Promise<void>;
}

export const EMBEDDING_DIMENSIONS = 64;

/** Splits `text` into SSE chunks the way chat completion streams arrive. */
function sseChunks(text: string, chunkChars: number): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += chunkChars) pieces.push(text.slice(i, i + chunkChars));
  return pieces;
}

function completion(model: string, text: string, usage: { prompt_tokens: number; completion_tokens: number }) {
  return {
    id: "chatcmpl-test",
    object: "chat.completion",
    created: 1_700_000_000,
    model,
    choices: [{ index: 0, message: { role: "assistant", content: text }, finish_reason: "stop" }],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
  };
}

function chunk(model: string, delta: Record<string, unknown>, finish: string | null = null) {
  return { id: "chatcmpl-test", object: "chat.completion.chunk", created: 1_700_000_000, model, choices: [{ index: 0, delta, finish_reason: finish }] };
}

async function answerChat(request: ChatRequest, reply: ChatReply, res: ServerResponse): Promise<void> {
  const model = String(request.body.model ?? "test-model");
  if ("hang" in reply) return;
  if ("status" in reply) {
    res.writeHead(reply.status, { "content-type": "application/json", ...reply.headers });
    res.end(JSON.stringify({ error: { message: reply.message ?? `scripted ${reply.status}`, type: "server_error", code: null } }));
    return;
  }
  const usage = "usage" in reply && reply.usage ? reply.usage : { prompt_tokens: 100, completion_tokens: 20 };
  if (!request.stream) {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(completion(model, reply.text, usage)));
    return;
  }
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  const send = (data: unknown) => res.write(`data: ${JSON.stringify(data)}\n\n`);
  send(chunk(model, { role: "assistant", content: "" }));
  const delay = "chunkDelayMs" in reply ? (reply.chunkDelayMs ?? 0) : 0;
  for (const piece of sseChunks(reply.text, 8)) {
    send(chunk(model, { content: piece }));
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
  }
  if ("stallAfter" in reply) return;
  send(chunk(model, {}, "stop"));
  const options = request.body.stream_options as { include_usage?: boolean } | undefined;
  if (options?.include_usage) {
    send({ ...chunk(model, {}), choices: [], usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens } });
  }
  res.end("data: [DONE]\n\n");
}

function answerEmbeddings(request: RecordedRequest, embedder: HashEmbeddings, res: ServerResponse): void {
  const input = request.body.input;
  const texts = Array.isArray(input) ? input.map(String) : [String(input)];
  const base64 = request.body.encoding_format === "base64";
  const data = texts.map((text, index) => {
    const vector = embedder.embed(text);
    const embedding = base64 ? Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength).toString("base64") : Array.from(vector);
    return { object: "embedding", index, embedding };
  });
  res.writeHead(200, { "content-type": "application/json" });
  res.end(JSON.stringify({ object: "list", data, model: request.body.model, usage: { prompt_tokens: texts.length, total_tokens: texts.length } }));
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  const raw = Buffer.concat(parts).toString("utf8");
  return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
}

/** Starts the server; by default every chat request gets the answer "OK [1]". */
export async function startOpenAIServer(initial: ChatScript = () => ({ text: "OK [1]" })): Promise<OpenAITestServer> {
  let script = initial;
  const requests: RecordedRequest[] = [];
  const embedder = new HashEmbeddings({ dimensions: EMBEDDING_DIMENSIONS });
  const server = createServer((req, res) => {
    readBody(req).then(
      (body) => {
        const recorded: RecordedRequest = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body };
        requests.push(recorded);
        const path = recorded.url.split("?")[0]!;
        if (path.endsWith("/chat/completions")) {
          const chat = asChat(recorded);
          void answerChat(chat, script(chat), res);
        } else if (path.endsWith("/embeddings")) {
          answerEmbeddings(recorded, embedder, res);
        } else {
          res.writeHead(404, { "content-type": "application/json" });
          res.end(JSON.stringify({ error: { message: `no route ${path}` } }));
        }
      },
      () => {
        res.writeHead(400);
        res.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl: `${origin}/v1`,
    origin,
    requests,
    chatRequests: () => requests.filter((r) => r.url.split("?")[0]!.endsWith("/chat/completions")).map(asChat),
    script(next) {
      script = next;
    },
    reset() {
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function asChat(request: RecordedRequest): ChatRequest {
  return { ...request, messages: (request.body.messages as ChatMessage[] | undefined) ?? [], stream: request.body.stream === true };
}
