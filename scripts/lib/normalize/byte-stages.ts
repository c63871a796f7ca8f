/**
 * The byte-level stages (decoding; pinyin annotations, GBK realignment and errata in
 * `repairSourceText`) bound to the errata table, as the pipeline consumes them.
 */
import type { ByteStages } from './normalize-source.ts';
import { decodeBytes } from '../../../src/lib/article/decode-bytes.ts';
import { parseErrata } from '../stages/errata.ts';
import { repairSourceText } from '../stages/repair-text.ts';

/** Byte stages bound to the text of `content/sources/errata.yaml` (empty when there is none). */
export function byteStages(errataYaml: string): ByteStages {
  const errata = errataYaml.trim() ? parseErrata(errataYaml) : [];
  return {
    decode: decodeBytes,
    repair(text, source) {
      return repairSourceText(text, errata, { source });
    },
  };
}
