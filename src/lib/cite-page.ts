/**
 * The article page's script (progressive enhancement; without it every cite box still shows its
 * text and every passage its links): completes site-path permalinks with the address the page is
 * read at, reveals the copy buttons, and opens a passage's citation from its ¶.
 */

/** A site path made absolute against the public origin the build names (`data-site`), else the page's own. */
function completed(path: string): string {
  const site = document.querySelector<HTMLElement>('.article-body')?.dataset.site;
  return new URL(path, site || location.origin).href;
}

/** Copies a cite box's text, with the legacy command where the async clipboard is missing (plain http). */
function copyText(box: HTMLElement, button: HTMLButtonElement): void {
  const done = (): void => {
    button.dataset.copied = 'true';
  };
  const legacy = (): void => {
    const range = document.createRange();
    range.selectNodeContents(box);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    if (document.execCommand('copy')) done();
  };
  if (navigator.clipboard) navigator.clipboard.writeText(box.textContent ?? '').then(done, legacy);
  else legacy();
}

function wireCopy(root: ParentNode): void {
  root.querySelectorAll<HTMLButtonElement>('.cite-copy').forEach((button) => {
    if (button.dataset.wired) return;
    button.dataset.wired = 'true';
    button.hidden = false;
    button.addEventListener('click', () => {
      const box = button.closest('.cite-box')?.querySelector<HTMLElement>('.cite-text');
      if (box) copyText(box, button);
    });
  });
}

/** The citation words of the turn a passage belongs to, else the article's. */
function citationWords(passage: Element): string {
  const turn = passage.closest('.turn');
  const words = (turn ?? document.querySelector('.article-footer'))?.querySelector('.cite-words');
  return words?.textContent ?? '';
}

/** Opens (or moves) the one passage citation box under a paragraph. */
function openPassageCite(pin: HTMLAnchorElement, body: HTMLElement): void {
  const passage = pin.closest('[id]');
  const other = pin.parentElement?.querySelector<HTMLAnchorElement>('.passage-other');
  if (!passage) return;
  document.getElementById('passage-cite')?.remove();
  const box = document.createElement('div');
  box.id = 'passage-cite';
  box.className = 'cite-box passage-cite';
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', body.dataset.citeTitle ?? '');
  const text = document.createElement('p');
  text.className = 'cite-text';
  text.textContent = `${citationWords(passage)}${completed(location.pathname + (pin.getAttribute('href') ?? ''))}`;
  const links = document.createElement('p');
  links.className = 'cite-links';
  if (other) {
    const link = other.cloneNode(false) as HTMLAnchorElement;
    link.className = '';
    link.removeAttribute('aria-label');
    link.textContent = other.getAttribute('aria-label') ?? other.textContent ?? '';
    links.append(link);
  }
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.className = 'cite-copy';
  copy.textContent = body.dataset.citeCopy ?? '';
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'cite-close';
  close.textContent = body.dataset.citeClose ?? '';
  close.addEventListener('click', () => {
    box.remove();
    pin.focus();
  });
  links.append(copy, close);
  box.append(text, links);
  if (passage.tagName === 'LI') passage.append(box);
  else passage.after(box);
  wireCopy(box);
}

/** Starts the article page's citing behaviour. */
export function startCiting(): void {
  document.querySelectorAll<HTMLElement>('.cite-url[data-path]').forEach((url) => {
    url.textContent = completed(url.dataset.path ?? '/');
  });
  wireCopy(document);
  const body = document.querySelector<HTMLElement>('.article-body');
  if (!body) return;
  // The ¶ keeps its own job (the address becomes the passage's permalink) and opens its citation.
  body.addEventListener('click', (event) => {
    const pin = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.pin') : null;
    if (pin) openPassageCite(pin, body);
  });
}
