/** Shared plumbing of the command-line scripts: argument parsing and error handling without stack traces. */
import { userMessage } from "./errors";

export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

/** `--json` style flags, `--out FILE` style options (names listed in `withValue`), the rest positional. */
export function parseArgs(argv: string[], withValue: string[] = []): ParsedArgs {
  const parsed: ParsedArgs = { positional: [], flags: new Set(), options: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith("--")) {
      const [name, inline] = arg.slice(2).split("=", 2) as [string, string | undefined];
      if (withValue.includes(name)) parsed.options.set(name, inline ?? argv[++i] ?? "");
      else parsed.flags.add(name);
    } else {
      parsed.positional.push(arg);
    }
  }
  return parsed;
}

export function runCli(main: () => Promise<number | void>): void {
  main().then(
    (code) => {
      process.exitCode = code ?? 0;
    },
    (error: unknown) => {
      process.stderr.write(`styrdok: ${userMessage(error)}\n`);
      if (process.env.STYRDOK_DEBUG) console.error(error);
      process.exitCode = 1;
    },
  );
}
