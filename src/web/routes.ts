/**
 * What each path of the web server does. Handlers parse the request, call the engine and render;
 * they return extra fields for the request's log line.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Runtime } from "../bootstrap";
import { isStyrdokError } from "../errors";
import { RateLimiter } from "../rate-limit";
import type { DocumentEntry } from "../index/store";
import type { LogFields } from "../log";
import type { WebAssets } from "./assets";
import { healthReport } from "./health";
import { EXAMPLE_BODY, HttpError, readJson, send, sendJson } from "./http";
import { examplesFor, renderPage } from "./page";
import { documentRegister, registerMunicipalities } from "../answer/register";
import { renderAnswer } from "./render";
import { pageLanguage } from "./ui-text";

export type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<LogFields | void>;
export type Routes = Record<string, Partial<Record<"GET" | "POST", Handler>>>;

export interface AskRequest {
  question: string;
  previousQuestion?: string;
}

function questionField(body: Record<string, unknown>, name: string, maxChars: number): string | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw new HttpError(400, `"${name}" must be a string, for example ${EXAMPLE_BODY}.`);
  if (value.length > maxChars) {
    throw new HttpError(400, `"${name}" is ${value.length} characters long; ask in at most ${maxChars} characters.`);
  }
  return value;
}

/** The body of POST /api/ask, checked: a non-empty question of sensible length. */
export function askRequest(body: unknown, maxChars: number): AskRequest {
  if (!body || typeof body !== "object" || Array.isArray(body)) throw new HttpError(400, `Send a JSON object, for example ${EXAMPLE_BODY}.`);
  const fields = body as Record<string, unknown>;
  const question = questionField(fields, "question", maxChars);
  if (question === undefined) throw new HttpError(400, `The JSON has no "question". Send for example ${EXAMPLE_BODY}.`);
  if (!question.trim()) throw new HttpError(400, `The question is empty. Ask something, for example ${EXAMPLE_BODY}.`);
  const previousQuestion = questionField(fields, "previousQuestion", maxChars)?.trim();
  return previousQuestion ? { question, previousQuestion } : { question };
}

/**
 * Questions per minute per client address. Behind a reverse proxy every client has the proxy's
 * address, so they share one limit; X-Forwarded-For is not trusted, as anyone can send it.
 */
function checkRate(limiter: RateLimiter, req: IncomingMessage): void {
  const decision = limiter.take(req.socket.remoteAddress ?? "unknown");
  if (decision.allowed) return;
  const wait = decision.retryAfterSeconds;
  throw new HttpError(429, `Too many questions from this address: wait ${wait} ${wait === 1 ? "second" : "seconds"}, then ask again.`, {
    "retry-after": String(wait),
  });
}

export function webRoutes(runtime: Runtime, assets: WebAssets, clock: () => Date): Routes {
  const { engine, config } = runtime;
  const today = () => clock().toISOString().slice(0, 10);
  const limiter = new RateLimiter(config.limits.ratePerMinute, () => clock().getTime());

  /** An empty register rather than an error page while no index exists yet. */
  const indexedDocuments = (): DocumentEntry[] => {
    try {
      return engine.documents();
    } catch (error) {
      if (isStyrdokError(error, "index-missing")) return [];
      throw error;
    }
  };

  const routes: Routes = {
    "/": {
      GET: async (req, res) => {
        const documents = documentRegister(indexedDocuments(), today());
        const html = renderPage(assets.pageTemplate, {
          language: pageLanguage(req.headers["accept-language"]),
          examples: examplesFor(assets.examples, registerMunicipalities(documents)),
          documents,
          maxQuestionChars: config.limits.maxQuestionChars,
        });
        send(res, 200, "text/html; charset=utf-8", html, { vary: "Accept-Language" });
      },
    },
    "/api/ask": {
      POST: async (req, res) => {
        checkRate(limiter, req);
        const { question, previousQuestion } = askRequest(await readJson(req), config.limits.maxQuestionChars);
        const answer = await engine.ask(question, { previousQuestion, origin: { via: "web", client: req.socket.remoteAddress } });
        sendJson(res, 200, { ...answer, html: renderAnswer(answer, { asked: question }) });
        const cited = [...new Set(answer.citations.map((c) => c.docId))];
        return { question: answer.question, language: answer.language, abstained: answer.abstained, cited };
      },
    },
    "/api/documents": {
      GET: async (_req, res) => {
        const documents = documentRegister(indexedDocuments(), today());
        sendJson(res, 200, { documents, municipalities: registerMunicipalities(documents) });
      },
    },
    "/healthz": {
      GET: async (_req, res) => {
        const { code, body } = healthReport(engine);
        sendJson(res, code, body);
      },
    },
  };
  for (const [urlPath, file] of Object.entries(assets.files)) {
    routes[urlPath] = { GET: async (_req, res) => send(res, 200, file.contentType, file.body) };
  }
  return routes;
}
