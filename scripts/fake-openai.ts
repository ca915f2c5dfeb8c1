/**
 * npx tsx scripts/fake-openai.ts [MODE]: a scripted OpenAI-compatible server on 127.0.0.1 for trying
 * the LLM path by hand without a model (the same server the tests use). It prints the base URL to
 * put in OPENAI_BASE_URL, and on stderr the passages each chat request carried.
 *
 * MODE: good (default; answers from passages 1 and 2), bad-citation (cites [2] and [9]),
 * uncited, 500, 429, empty, hang.
 */
import { parseArgs, runCli } from "../src/cli";
import { startOpenAIServer, type ChatReply, type ChatRequest } from "../test/helpers/openai-server";

const REPLIES: Record<string, (request: ChatRequest) => ChatReply> = {
  good: (request) => ({ text: `${firstSentence(request, 1)} [1] ${firstSentence(request, 2)} [2]` }),
  "bad-citation": (request) => ({ text: `${firstSentence(request, 2)} [2][9]` }),
  uncited: () => ({ text: "The documents do not answer that." }),
  "500": () => ({ status: 500 }),
  "429": () => ({ status: 429 }),
  empty: () => ({ text: "" }),
  hang: () => ({ hang: true }),
};

/** The first sentence of passage n in the request, standing in for what a model would write. */
function firstSentence(request: ChatRequest, n: number): string {
  const user = request.messages.at(-1)?.content ?? "";
  const passage = new RegExp(`<passage n="${n}"[^>]*>\\n([\\s\\S]*?)\\n</passage>`).exec(user)?.[1] ?? "";
  const body = passage.split("\n").find((line) => line.length > 40) ?? passage;
  return /^.*?[.!?](?=\s|$)/.exec(body)?.[0] ?? body;
}

runCli(async () => {
  const mode = parseArgs(process.argv.slice(2)).positional[0] ?? "good";
  const reply = REPLIES[mode];
  if (!reply) throw new Error(`Unknown mode ${mode}: use one of ${Object.keys(REPLIES).join(", ")}.`);
  const server = await startOpenAIServer((request) => {
    const sent = [...(request.messages.at(-1)?.content ?? "").matchAll(/<passage n="(\d+)"([^>]*)>/g)].map((m) => `[${m[1]}]${m[2]}`);
    process.stderr.write(`${request.url} stream=${request.stream}\n${sent.join("\n")}\n`);
    return reply(request);
  });
  process.stdout.write(`${server.baseUrl}\n`);
  await new Promise<never>(() => {});
});
