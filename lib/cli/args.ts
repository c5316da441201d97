// Command line of `npm run -s annotate -- [--json] FILE...`.

export const USAGE = `usage: npm run -s annotate -- [--json] FILE...

Marks officials, people, amounts and slogans in Chinese news articles.
FILE is a plain-text article (UTF-8) or a saved web page (.html, .htm).

  --json   one JSON object per file, one per line:
           {doc, title?, persons, amounts, slogans, mentions, text}
  --help   this text`;

export interface CliArgs {
  json: boolean;
  help: boolean;
  files: string[];
}

/** A mistake in the command line itself (exit code 2). */
export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { json: false, help: false, files: [] };
  let optionsEnded = false;
  for (const arg of argv) {
    if (optionsEnded || !arg.startsWith('-')) args.files.push(arg);
    else if (arg === '--') optionsEnded = true;
    else if (arg === '--json') args.json = true;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else throw new UsageError(`unknown option ${arg} (see --help)`);
  }
  if (!args.help && args.files.length === 0) throw new UsageError('no input file (see --help)');
  return args;
}
