/**
 * Characters an article never needs and that change what a reader sees or what a parser reads
 * without being visible themselves: a U+FEFF before `**任振鹤**：` hides the turn label, so the answer
 * renders in the previous speaker's turn; bidi controls reorder text (Trojan Source, CVE-2021-42574);
 * control characters break the Atom feeds (XML 1.0 forbids them).
 *
 * Source: Unicode 15.1 General Category Cf and Cc, the bidi controls of UAX #9, the noncharacters of
 * chapter 23.7, and the “Trojan Source” list (Boucher & Anderson 2021). To extend: add a range with
 * its name; the validator rejects these in articles (naming line and column) and the normalizer
 * removes them from raw texts with a report line.
 */
export const invisibleCharacters: readonly { from: number; to: number; name: string }[] = [
  { from: 0x0000, to: 0x0008, name: 'a control character' },
  { from: 0x000b, to: 0x000c, name: 'a control character' },
  { from: 0x000e, to: 0x001f, name: 'a control character' },
  { from: 0x007f, to: 0x009f, name: 'a control character' },
  { from: 0x00ad, to: 0x00ad, name: 'a soft hyphen (invisible)' },
  { from: 0x061c, to: 0x061c, name: 'the Arabic letter mark (a bidi control)' },
  { from: 0x180e, to: 0x180e, name: 'the Mongolian vowel separator (invisible)' },
  { from: 0x200b, to: 0x200d, name: 'a zero-width space or joiner' },
  { from: 0x200e, to: 0x200f, name: 'a left-to-right/right-to-left mark (a bidi control)' },
  { from: 0x2028, to: 0x2029, name: 'a line/paragraph separator' },
  { from: 0x202a, to: 0x202e, name: 'a bidi embedding or override' },
  { from: 0x2060, to: 0x2064, name: 'a word joiner or invisible operator' },
  { from: 0x2066, to: 0x2069, name: 'a bidi isolate' },
  { from: 0xd800, to: 0xdfff, name: 'an unpaired surrogate' },
  { from: 0xfdd0, to: 0xfdef, name: 'a noncharacter' },
  { from: 0xfeff, to: 0xfeff, name: 'a zero-width no-break space (byte-order mark)' },
  { from: 0xfff9, to: 0xfffb, name: 'an interlinear annotation control' },
  { from: 0xfffe, to: 0xffff, name: 'a noncharacter' },
];
