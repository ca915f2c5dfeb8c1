import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SlackMessage } from "../../../src/slack/blocks/limits";
import { silentLogger } from "../../../src/log";
import { ProgressiveReply, type ChatClient } from "../../../src/slack/reply";

const msg = (text: string): SlackMessage => ({ text, blocks: [] });

function recordingClient(): { client: ChatClient; calls: string[] } {
  const calls: string[] = [];
  const client: ChatClient = {
    chat: {
      postMessage: async (args) => {
        calls.push(`post ${args.text}${args.thread_ts ? ` in ${args.thread_ts}` : ""}`);
        return { ts: "100.1" };
      },
      update: async (args) => {
        calls.push(`update ${args.ts} ${args.text}`);
        return {};
      },
    },
  };
  return { client, calls };
}

const options = { placeholder: msg("Söker …"), placeholderAfterMs: 700, updateEveryMs: 1000, logger: silentLogger };

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("ProgressiveReply", () => {
  it("posts a fast answer once, without a placeholder", async () => {
    const { client, calls } = recordingClient();
    const reply = new ProgressiveReply(client, { channel: "C1", threadTs: "1.0" }, options);
    await vi.advanceTimersByTimeAsync(300);
    await reply.finish(msg("Svar"));
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toEqual(["post Svar in 1.0"]);
  });

  it("posts a placeholder when the answer takes a moment, then replaces it", async () => {
    const { client, calls } = recordingClient();
    const reply = new ProgressiveReply(client, { channel: "D1" }, options);
    await vi.advanceTimersByTimeAsync(700);
    await reply.finish(msg("Svar"));
    expect(calls).toEqual(["post Söker …", "update 100.1 Svar"]);
  });

  it("updates a streamed answer at most once a second, and the final text always last", async () => {
    const { client, calls } = recordingClient();
    const reply = new ProgressiveReply(client, { channel: "D1" }, options);
    reply.partial(msg("Ett"));
    await vi.advanceTimersByTimeAsync(0);
    reply.partial(msg("Ett två"));
    await vi.advanceTimersByTimeAsync(400);
    reply.partial(msg("Ett två tre"));
    await vi.advanceTimersByTimeAsync(600);
    reply.partial(msg("Ett två tre fyra"));
    await vi.advanceTimersByTimeAsync(200);
    await reply.finish(msg("Ett två tre fyra fem."));
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toEqual(["post Ett", "update 100.1 Ett två tre", "update 100.1 Ett två tre fyra fem."]);
  });

  it("lets a failed final post fail the caller, so the error handler hears of it", async () => {
    const client: ChatClient = {
      chat: {
        postMessage: async () => {
          throw new Error("channel_not_found");
        },
        update: async () => ({}),
      },
    };
    const reply = new ProgressiveReply(client, { channel: "C404" }, options);
    await expect(reply.finish(msg("Svar"))).rejects.toThrow("channel_not_found");
  });
});
