/**
 * The script switch keeps the reader's place and remembers the choice. With JavaScript, a click on
 * the header's switch (or a passage's other-script link) leads to the passage in view — its anchor
 * ids are the same in both scripts — and keeps the address's query (the search page's query and
 * filters); the locale chosen is stored so that `/` sends the reader there next time. Without
 * JavaScript every passage has its own static other-script link.
 */

/** localStorage key of the reader's chosen locale (read by the root page's inline script too). */
export const scriptChoiceKey = 'archive-locale';

/** A passage on the page with its box relative to the viewport. */
export interface PassageBox {
  id: string;
  top: number;
  bottom: number;
}

/**
 * The passage a reader is at: the first whose bottom is below the top `margin` of the viewport
 * (a passage cut by the top edge is the one being read), or undefined at the very top of a page.
 * @example passageInView([{ id: 't1', top: -500, bottom: -20 }, { id: 't2', top: -20, bottom: 300 }], 0, 0) // 't2'
 */
export function passageInView(passages: readonly PassageBox[], scrollY: number, margin = 8): string | undefined {
  if (scrollY <= 0) return undefined;
  return passages.find((p) => p.bottom > margin && p.bottom > p.top)?.id;
}

/**
 * The other-script address with the place kept: its path, the current query, and the anchor.
 * @example keepPlace('/zh-hant/search/', '?q=x&year=2024', 't5-p2') // '/zh-hant/search/?q=x&year=2024#t5-p2'
 */
export function keepPlace(path: string, search: string, anchor: string | undefined): string {
  return `${path}${search}${anchor ? `#${anchor}` : ''}`;
}

/** Elements with an id inside `main` that hold no other such element: paragraphs, list items, headings, figures, turns of a speaker page. */
function passageElements(): Element[] {
  const all = [...document.querySelectorAll('main [id]')].filter((el) => !el.classList.contains('moved-anchor') && el.id !== 'passage-cite');
  return all.filter((el) => !all.some((other) => other !== el && el.contains(other)));
}

function currentAnchor(): string | undefined {
  // The address's own anchor while it is on screen; else the passage being read; else (back at the
  // top of the page, e.g. to reach the header's switch) the address's anchor if it has one.
  const hash = decodeURIComponent(location.hash.slice(1));
  const target = hash ? document.getElementById(hash) : null;
  const box = target?.getBoundingClientRect();
  if (box && box.bottom > 0 && box.top < innerHeight) return hash;
  const boxes = passageElements().map((el) => {
    const rect = el.getBoundingClientRect();
    return { id: el.id, top: rect.top, bottom: rect.bottom };
  });
  return passageInView(boxes, scrollY) ?? (target ? hash : undefined);
}

function remember(locale: string | undefined): void {
  if (!locale) return;
  try {
    localStorage.setItem(scriptChoiceKey, locale);
  } catch {
    // Storage can be off (private windows, policies): the switch still works, it is just not remembered.
  }
}

/** What the floating switch does after a scroll: tucked away while the reader reads on, back when they turn back. */
export type FloatMove = 'tuck' | 'show' | 'stay';

/**
 * How the floating switch answers a scroll of `delta` px: a reader's own scroll down (wheel, touch,
 * keys) of more than `threshold` tucks it away, so it never sits over the lines being read; any scroll
 * up brings it back; a jump not made by the reader (opening a permalink, following an anchor) leaves it
 * where it is, so it is in reach on arrival.
 * @example floatMove(120, true) // 'tuck'
 * @example floatMove(-40, true) // 'show'
 * @example floatMove(3000, false) // 'stay'
 */
export function floatMove(delta: number, byReader: boolean, threshold = 24): FloatMove {
  if (delta < 0) return 'show';
  return byReader && delta > threshold ? 'tuck' : 'stay';
}

/** How long after a wheel, touch or key event a scroll counts as the reader's own (ms). */
const readerScrollWindow = 800;

/**
 * Shows the floating switch while the header (and its switch) is off screen, tucked away while the
 * reader scrolls on through the text (see {@link floatMove}); focus brings it back (CSS).
 */
function revealFloatingSwitch(): void {
  const float = document.querySelector<HTMLElement>('.script-float');
  const header = document.querySelector('.site-header');
  if (!float || !header || !('IntersectionObserver' in window)) return;
  new IntersectionObserver(([entry]) => {
    float.hidden = entry?.isIntersecting ?? true;
  }).observe(header);
  let lastInput = -Infinity;
  let lastY = scrollY;
  const input = () => {
    lastInput = performance.now();
  };
  for (const type of ['wheel', 'touchmove', 'keydown']) addEventListener(type, input, { passive: true });
  addEventListener(
    'scroll',
    () => {
      const move = floatMove(scrollY - lastY, performance.now() - lastInput < readerScrollWindow);
      lastY = scrollY;
      if (move !== 'stay') float.classList.toggle('is-tucked', move === 'tuck');
    },
    { passive: true },
  );
}

/** Starts the switch on a page. */
export function startScriptSwitch(): void {
  revealFloatingSwitch();
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.script-switch, a.passage-other, a[data-script-choice]') : null;
    if (!link) return;
    remember(link.dataset.locale);
    if (!link.classList.contains('script-switch')) return;
    const target = new URL(link.href);
    link.href = keepPlace(target.pathname, location.search, currentAnchor());
  });
}
