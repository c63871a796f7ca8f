/**
 * The translator over one locale's table, apart from the tables so that a browser script given a
 * few strings (the search page's) bundles this file only. `{name}` placeholders are filled from
 * `vars`, and their names are checked by type against the Simplified table's literal strings.
 * @see https://github.com/withastro/starlight/blob/main/packages/starlight/utils/createTranslationSystem.ts
 */

/** The placeholder names of a template: `'找到 {n} 段原文。'` → `'n'`. */
export type PlaceholdersOf<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholdersOf<Rest> : never;

/** The values a template needs, or none. */
export type VarsOf<S extends string> = [PlaceholdersOf<S>] extends [never] ? [] : [vars: Readonly<Record<PlaceholdersOf<S>, string | number>>];

/** `t(key, vars)`: a string of one locale with its placeholders filled. */
export type Translate<T extends Readonly<Record<string, string>>> = <K extends keyof T & string>(key: K, ...vars: VarsOf<T[K]>) => string;

/**
 * Fills `{name}` placeholders; an unknown name stays as written, so a missing value is visible.
 * @example interpolate('找到 {n} 段原文。', { n: 3 }) // '找到 3 段原文。'
 */
export function interpolate(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A translator over `strings` (one locale's table, or the part of it a page embeds for its script). */
export function createTranslator<T extends Readonly<Record<string, string>>>(strings: Readonly<Record<keyof T, string>>): Translate<T> {
  return (key, ...vars) => {
    const template = strings[key];
    if (template === undefined) throw new Error(`no UI string ${JSON.stringify(key)}`);
    return vars[0] ? interpolate(template, vars[0]) : template;
  };
}
