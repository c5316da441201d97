// The annotate CLI as a user and score.mjs run it: a child process.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnnotatedDocumentSchema, type AnnotatedDocument } from '../../lib/cli/document';
import { REPO, SEEDS_DIR } from '../support/paths';

const TSX = join(REPO, 'node_modules', '.bin', 'tsx');
const CLI = join(REPO, 'lib', 'cli', 'annotate.ts');
const SEED = join(SEEDS_DIR, '000_f23afc171f0d6350.txt');
const PAGE = join(REPO, 'tests', 'fixtures', 'news-page.html');

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

// Each run starts tsx (about a second), so the tests run concurrently.
function annotate(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(TSX, [CLI, ...args], { cwd: REPO, encoding: 'utf8' }, (error, stdout, stderr) =>
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    );
  });
}

async function annotateJson(...files: string[]): Promise<AnnotatedDocument[]> {
  const r = await annotate('--json', ...files);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const lines = r.stdout.split('\n');
  expect(lines.pop()).toBe(''); // ends with a newline, nothing after it
  return lines.map((line) => AnnotatedDocumentSchema.parse(JSON.parse(line)));
}

function expectMentionsInText(result: AnnotatedDocument): void {
  let end = 0;
  for (const m of result.mentions) {
    expect(m.start, `${m.text} starts after the previous mention`).toBeGreaterThanOrEqual(end);
    expect(result.text.slice(m.start, m.end)).toBe(m.text);
    end = m.end;
  }
  for (const a of result.amounts) expect(result.text.slice(a.start, a.end)).toBe(a.text);
}

describe.concurrent('annotate --json', () => {
  it('annotates a plain-text seed with offsets into the file as read', async () => {
    const [result] = await annotateJson(SEED);
    expect(result?.doc).toBe('000_f23afc171f0d6350.txt');
    expect(result?.text).toBe(readFileSync(SEED, 'utf8'));
    expectMentionsInText(result!);
  });

  it('annotates the article of a web page, without its navigation, sidebar, footer or scripts', async () => {
    const [result] = await annotateJson(PAGE);
    expect(result?.title).toBe('湘潭市召开重大项目推进会');
    const text = result!.text;
    expect(text.startsWith('湘潭市召开重大项目推进会\n\n本报讯')).toBe(true);
    expect(text).toContain('总投资408亿元');
    expect(text).toContain('确保全年目标任务圆满完成。');
    // Paragraphs stay apart.
    expect(text).toContain('推动高质量发展。\n\n会议通报');
    for (const outside of ['时政要闻', '导航栏热门文章', '页脚版权声明', 'dataLayer', '关于我们']) {
      expect(text).not.toContain(outside);
    }
    expectMentionsInText(result!);
  });

  it('prints one line per file, in order', async () => {
    expect((await annotateJson(SEED, PAGE)).map((r) => r.doc)).toEqual(['000_f23afc171f0d6350.txt', 'news-page.html']);
  });
});

describe.concurrent('annotate for a reader', () => {
  it('prints the text and the three tables, without colours when not on a terminal', async () => {
    const r = await annotate(PAGE);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('会议通报了一季度重大项目建设情况');
    for (const heading of ['People (', 'Amounts (', 'Slogans (']) expect(r.stdout).toContain(heading);
    expect(r.stdout).not.toContain('\x1b[');
  });

  it('prints usage with --help', async () => {
    const r = await annotate('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: /);
  });
});

describe.concurrent('annotate errors', () => {
  const expectOneLineError = (r: Run, pattern: RegExp): void => {
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^annotate: [^\n]+\n$/);
    expect(r.stderr).toMatch(pattern);
  };

  it('reports a missing file', async () => {
    expectOneLineError(await annotate('--json', 'no/such/file.txt'), /no\/such\/file\.txt: no such file/);
  });

  it('reports a directory', async () => {
    expectOneLineError(await annotate(SEEDS_DIR), /is a directory/);
  });

  it('reports a text file that is not UTF-8', async () => {
    expectOneLineError(await annotate(join(REPO, 'public', 'icon', '16.png')), /not UTF-8/);
  });

  it('asks for a file when given none', async () => {
    expectOneLineError(await annotate(), /no input file/);
  });

  it('rejects an unknown option', async () => {
    expectOneLineError(await annotate('--colour', SEED), /unknown option --colour/);
  });
});
