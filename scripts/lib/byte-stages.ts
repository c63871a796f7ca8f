/**
 * The byte-level stages (decoding, pinyin annotations, GBK realignment, errata) as the pipeline
 * consumes them. TEMPORARY: strict UTF-8 and no repair until scripts/lib/stages/decode.ts and
 * repair-text.ts land; then this file only binds them to the errata table.
 */
import type { ByteStages } from './normalize-source.ts';

/** Byte stages bound to an errata table. */
export function byteStages(_errata: unknown): ByteStages {
  return {
    decode(bytes) {
      const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
      return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8', bom: hasBom };
    },
    repair(text) {
      return { text, changes: [], unresolved: [] };
    },
  };
}
