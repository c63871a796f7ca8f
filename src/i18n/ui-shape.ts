/**
 * The shape of a locale's UI table, read from the Simplified table (the reference): its keys, each
 * a string. Every other table is checked against it (`satisfies UiStrings`), so a missing or extra
 * key is a type error. Types only: the tables themselves are data in translations/.
 */
import type zhHans from './translations/zh-hans.ts';

/** The Simplified table's type, with its literal strings (placeholders are typed from it). */
export type UiTable = typeof zhHans;

/** Every UI string key. */
export type UiKey = keyof UiTable;

/** The shape every locale's table has: every key, each a string. */
export type UiStrings = { readonly [K in UiKey]: string };
