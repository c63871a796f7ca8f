/**
 * The one reader of the speakers registry (`content/speakers.yaml`) for the tools that need it
 * whole: the normalizer, the search indexer and quote, the site. UTF-8 (decode-bytes), core-schema
 * YAML (read-yaml), `speakerRegistrySchema`; a problem names the file and line. The validator
 * reports every entry's problems itself (scripts/lib/validate/check-registry.ts) with the same readers.
 */
import { DecodeError, decodeBytes, lineAtOffset } from './decode-bytes.ts';
import { readYamlOrThrow } from './read-yaml.ts';
import { speakerRegistrySchema, type Speaker } from './schema.ts';

/** The registry's speakers, or throws naming `file`, the line and the problem. */
export function readRegistryOrThrow(bytes: Uint8Array, file: string): Speaker[] {
  let text: string;
  try {
    text = decodeBytes(bytes, { policy: 'article' }).text;
  } catch (error) {
    if (error instanceof DecodeError) throw new Error(`${file}:${lineAtOffset(bytes, error.offset)} ${error.message}`);
    throw error;
  }
  return parseRegistry(text, file);
}

/** The speakers of a registry's text, or throws naming `file` and the line. */
export function parseRegistry(text: string, file: string): Speaker[] {
  const yaml = readYamlOrThrow(text, file);
  const parsed = speakerRegistrySchema.safeParse(yaml.data ?? []);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${file}:${yaml.lineOf(i.path)} ${i.path.join('.')}: ${i.message}`).join('\n'));
  return parsed.data;
}
