// `npm run -s annotate -- [--json] FILE...`: annotates news articles. With
// --json, stdout carries nothing but one JSON object per file, one per line
// (score.mjs parses it); every message goes to stderr.
import { extract } from '../extract';
import { installNameModel } from '../extract/name-model/current';
import { readNameModel } from '../extract/name-model/node';
import { parseArgs, USAGE, UsageError, type CliArgs } from './args';
import type { AnnotatedDocument } from './document';
import { loadDocument } from './load';
import { renderReport } from './render';

function annotate(path: string): AnnotatedDocument {
  const { doc, title, text } = loadDocument(path);
  return { doc, ...(title !== undefined && { title }), ...extract(text), text };
}

function run(args: CliArgs): number {
  const color = !args.json && process.stdout.isTTY === true && !process.env.NO_COLOR;
  let failed = false;
  for (const path of args.files) {
    let result: AnnotatedDocument;
    try {
      result = annotate(path);
    } catch (e) {
      console.error(`annotate: ${(e as Error).message}`);
      failed = true;
      continue;
    }
    process.stdout.write(args.json ? `${JSON.stringify(result)}\n` : renderReport(result, { color }));
  }
  return failed ? 1 : 0;
}

function main(argv: readonly string[]): number {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`annotate: ${e.message}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  try {
    installNameModel(readNameModel());
  } catch (e) {
    console.error(`annotate: ${(e as Error).message}`);
    return 1;
  }
  return run(args);
}

process.exitCode = main(process.argv.slice(2));
