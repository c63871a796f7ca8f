/**
 * Speaker registry entries: an ASCII id from the pinyin of the name (`speakerIdFor`: surname readings,
 * e.g. 单 → shan), the name in both scripts by character-level OpenCC (`cn`→`tw`, `tw`→`cn`, never `twp`).
 * The same person in 简 and 繁 texts is one entry: a name matches an entry in either script.
 * Hand-made entries in the registry are kept as they are; new people are appended.
 */
import { speakerIdFor } from '../../../src/lib/article/ids.ts';
import { convertWithOpenccOnly } from '../../../src/lib/convert.ts';
import type { ScriptCode, Speaker } from '../../../src/lib/article/schema.ts';

/** A registry entry for a name printed in `script`. */
export function speakerEntry(name: string, script: ScriptCode): Speaker {
  const hans = script === 'hans' ? name : convertWithOpenccOnly(name, 'hans');
  const hant = script === 'hant' ? name : convertWithOpenccOnly(name, 'hant');
  return { id: speakerIdFor(hans), name: { hans, hant }, aliases: [] };
}

/** The entry a printed name belongs to, in either script or as an alias. */
export function findSpeaker(registry: readonly Speaker[], name: string): Speaker | undefined {
  return registry.find((s) => s.name.hans === name || s.name.hant === name || s.aliases.includes(name));
}

/** The registry with entries added for `names` not yet in it (existing entries untouched). */
export function mergeSpeakers(registry: readonly Speaker[], names: readonly { name: string; script: ScriptCode }[]): Speaker[] {
  const out = [...registry];
  for (const { name, script } of names) {
    if (findSpeaker(out, name)) continue;
    const entry = speakerEntry(name, script);
    if (out.some((s) => s.id === entry.id)) throw new Error(`speakers: ${name} would get the id ${entry.id}, already used by another person; add a hand-made entry with a distinct id to content/speakers.yaml`);
    out.push(entry);
  }
  return out;
}
