/** The /healthz report shared by the web server and the Slack bot's HTTP side. */
import type { Engine, IndexStatus } from "../engine";
import { userMessage } from "../errors";

export interface HealthReport {
  status: "ok" | "no-index";
  index: IndexStatus | null;
  message?: string;
}

export function healthReport(engine: Pick<Engine, "status">): { code: number; body: HealthReport } {
  try {
    return { code: 200, body: { status: "ok", index: engine.status() } };
  } catch (error) {
    return { code: 503, body: { status: "no-index", index: null, message: userMessage(error) } };
  }
}
