/** The meta file `npm run import` writes for a new raw text. */
import { Document } from 'yaml';

/**
 * A file name as a JSON string with every line break escaped: JSON.stringify leaves C1 controls,
 * U+2028/U+2029 and the BOM as they are, and YAML reads NEL (U+0085) and U+2028 as line breaks.
 */
export function quoteName(name: string): string {
  return JSON.stringify(name).replace(/[\u007F-\u009F\u2028\u2029\uFEFF]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The inferred meta file as YAML: the YAML library writes all of it, the header comment included,
 * so no file name (a newline, `#`, `: ` or `---` in it) can add a key or a document.
 */
export function renderImportMeta(meta: unknown, fileName: string): string {
  const doc = new Document(meta);
  doc.commentBefore = ` Inferred by npm run import from ${quoteName(fileName)}; edit the layout here and run npm run normalize.`;
  return doc.toString({ lineWidth: 0 });
}
