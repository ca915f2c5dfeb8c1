/** The App Home tab: how to ask, with examples, and the documents styrdok can answer from. */
import type { types } from "@slack/bolt";
import { documentBlocks, type DocumentSummary } from "./documents";
import { helpBlocks, type HelpOptions } from "./help";
import { MAX_HOME_BLOCKS } from "./limits";

export function homeView(help: HelpOptions, documents: readonly DocumentSummary[]): types.HomeView {
  const top = [...helpBlocks(help), { type: "divider" } as const];
  return { type: "home", blocks: [...top, ...documentBlocks(documents, help.language, MAX_HOME_BLOCKS - top.length)] };
}
