// Child-process entry: compiles one portfolio with Typst and exits (see compileInChild in
// portfolio-pdf.ts for why each render gets its own short-lived process).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

/** What the parent sends: the template's data, already translated, formatted and JSON-encoded. */
export interface ChildRequest {
  data: string;
}
/** What the child answers, exactly once. */
export type ChildReply = { pdf: Uint8Array } | { error: string };

const require = createRequire(import.meta.url);
const fontFile = (pkg: string, file: string) =>
  // The packages' `main` is dist/index.*; the TTF files sit in fonts/ beside dist/.
  readFileSync(join(dirname(require.resolve(pkg)), '..', 'fonts', file));

function compile({ data }: ChildRequest): ChildReply {
  const compiler = NodeCompiler.create({
    fontArgs: [
      {
        fontBlobs: [
          fontFile('@embedpdf/fonts-latin', 'NotoSans-Regular.ttf'),
          fontFile('@embedpdf/fonts-latin', 'NotoSans-Bold.ttf'),
          fontFile('@embedpdf/fonts-arabic', 'NotoNaskhArabic-Regular.ttf'),
          fontFile('@embedpdf/fonts-arabic', 'NotoNaskhArabic-Bold.ttf'),
        ],
      },
    ],
  });
  const template = readFileSync(new URL('./portfolio.typ', import.meta.url), 'utf8');
  // User text reaches Typst only as this JSON input, never as source: see portfolio.typ.
  const result = compiler.compile({ mainFileContent: template, inputs: { data } });
  const compiled = result.result;
  if (result.hasError() || !compiled)
    return { error: `Typst: ${JSON.stringify(result.takeDiagnostics()?.shortDiagnostics ?? [])}` };
  return { pdf: compiler.pdf(compiled) };
}

process.once('message', (request: ChildRequest) => {
  let reply: ChildReply;
  try {
    reply = compile(request);
  } catch (e) {
    reply = { error: String(e) };
  }
  process.send?.(reply, () => process.exit(0));
});
