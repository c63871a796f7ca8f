/**
 * The byte-level stages (decoding; pinyin annotations, GBK realignment and errata in
 * `repairSourceText`) bound to the errata table, as the pipeline consumes them.
 * TEMPORARY: decoding is strict UTF-8 until scripts/lib/stages/decode.ts lands.
 */
import type { ByteStages } from './normalize-source.ts';
import { parseErrata } from './stages/errata.ts';
import { repairSourceText } from './stages/repair-text.ts';

/** Byte stages bound to the text of `content/sources/errata.yaml` (empty when there is none). */
export function byteStages(errataYaml: string): ByteStages {
  const errata = errataYaml.trim() ? parseErrata(errataYaml) : [];
  return {
    decode(bytes) {
      const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom };
    },
    repair(text, source) {
      return repairSourceText(text, errata, { source });
    },
  };
}
