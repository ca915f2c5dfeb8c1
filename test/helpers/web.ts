/** The web chat on a random port over a temporary copy of the corpus, with its (and its engine's) log lines kept. */
import type { Runtime } from "../../src/bootstrap";
import type { LogFields, Logger } from "../../src/log";
import { startWebServer, type WebServer } from "../../src/web/server";
import { tempRuntime, type TempRuntime } from "./runtime";

export interface LogLine extends LogFields {
  level: string;
  event: string;
}

export function recordingLogger(lines: LogLine[]): Logger {
  const at = (level: string) => (event: string, fields: LogFields = {}) => void lines.push({ level, event, ...fields });
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

export interface TestWebServer extends WebServer {
  runtime: TempRuntime;
  logs: LogLine[];
}

/** `indexed: false` leaves the data directory without an index, as on a fresh clone before ingest. */
export async function startTestWebServer(
  options: { indexed?: boolean; engine?: (runtime: Runtime) => Runtime["engine"]; env?: Record<string, string> } = {},
): Promise<TestWebServer> {
  const logs: LogLine[] = [];
  const runtime = await tempRuntime({ env: { PORT: "0", HOST: "127.0.0.1", ...options.env }, logger: recordingLogger(logs), indexed: options.indexed ?? true });
  const engine = options.engine ? options.engine(runtime) : runtime.engine;
  const server = await startWebServer({ config: runtime.config, engine, logger: recordingLogger(logs) });
  return {
    ...server,
    runtime,
    logs,
    close: async () => {
      await server.close();
      runtime.cleanup();
    },
  };
}
