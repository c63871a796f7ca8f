/**
 * The speaker filter of the search page (browser): a text field with suggestions, an editable
 * combobox with list autocomplete in the WAI-ARIA pattern (arrow keys move through the list, Enter
 * picks, Escape closes, the count is announced). Suggestions come from the speaker directory's
 * small files (`speaker-directory.ts`), fetched while typing and kept by the offline service worker
 * like every other search file. The name is shown in the page's script; the form submits the
 * speaker's ASCII id in a hidden field, so `?speaker=ren-zhenhe` means the same on both sites.
 * @see https://www.w3.org/WAI/ARIA/apg/patterns/combobox/examples/combobox-autocomplete-list/
 */
import type { Translate } from '../../i18n/translator.ts';
import type { UiTable } from '../../i18n/ui.ts';
import type { Fold } from './fold.ts';
import { fromBiText } from './record.ts';
import { directoryUrl, findSpeaker, suggestSpeakers, type DirectoryEntry, type DirectoryNode, type ReadNode } from './speaker-directory.ts';
import { termKey } from './text-key.ts';

/** The UI strings the speaker filter announces. */
export type SpeakerFilterStrings = Pick<UiTable, 'search.speaker.suggestions' | 'search.speaker.noMatch'>;

/** Directory files, fetched once each; a prefix no speaker has is a 404 (or offline, not cached): no suggestions. */
const files = new Map<string, Promise<DirectoryNode | undefined>>();
const readNode: ReadNode = (prefix) => {
  const url = directoryUrl(prefix);
  let file = files.get(url);
  if (!file) {
    file = fetch(url)
      .then((response) => (response.ok ? (response.json() as Promise<DirectoryNode>) : undefined))
      .catch(() => undefined);
    files.set(url, file);
  }
  return file;
};

/** Wires the speaker field of the search form; the hidden `speaker` field holds the value the URL carries. */
export function startSpeakerFilter(fold: Fold, script: 'hans' | 'hant', t: Translate<SpeakerFilterStrings>): void {
  const input = document.getElementById('search-speaker');
  const value = document.querySelector<HTMLInputElement>('form.search-form input[name="speaker"]');
  const list = document.getElementById('search-speaker-list');
  const status = document.getElementById('search-speaker-status');
  if (!(input instanceof HTMLInputElement) || !value || !list || !status) return;
  let shown: DirectoryEntry[] = [];
  let active = -1;
  let typed = 0;
  const nameOf = (entry: DirectoryEntry): string => fromBiText(entry.name, script, fold);

  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (index: number): void => {
    active = index;
    list.querySelectorAll('[role="option"]').forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', `search-speaker-option-${index}`);
      list.children[index]?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const choose = (entry: DirectoryEntry): void => {
    input.value = nameOf(entry);
    value.value = entry.id;
    status.textContent = '';
    close();
  };
  const render = (entries: DirectoryEntry[]): void => {
    shown = entries;
    list.replaceChildren(
      ...entries.map((entry, index) => {
        const option = document.createElement('li');
        option.id = `search-speaker-option-${index}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.dataset.speaker = entry.id;
        option.append(document.createTextNode(nameOf(entry)));
        if (entry.position) {
          const position = document.createElement('span');
          position.className = 'search-speaker-position';
          position.textContent = fromBiText(entry.position, script, fold);
          option.append(position);
        }
        // mousedown would move the focus away from the field before the click picks.
        option.addEventListener('mousedown', (event) => event.preventDefault());
        option.addEventListener('click', () => choose(entry));
        return option;
      }),
    );
    list.hidden = entries.length === 0;
    input.setAttribute('aria-expanded', String(entries.length > 0));
    active = -1;
    input.removeAttribute('aria-activedescendant');
    status.textContent = entries.length > 0 ? t('search.speaker.suggestions', { n: entries.length }) : t('search.speaker.noMatch');
  };

  input.addEventListener('input', async () => {
    // What is typed is no chosen speaker until it is picked (or names exactly one speaker).
    value.value = '';
    const key = termKey(fold(input.value));
    const ticket = ++typed;
    if (key === '') {
      render([]);
      status.textContent = '';
      return;
    }
    const entries = await suggestSpeakers(key, readNode, fold);
    if (ticket !== typed) return;
    render(entries);
    const exact = entries.filter((entry) => [termKey(fold(nameOf(entry))), entry.id.replace(/[^a-z]/g, '')].includes(key));
    if (exact.length === 1) value.value = exact[0]!.id;
  });
  input.addEventListener('keydown', (event) => {
    const open = !list.hidden && shown.length > 0;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (shown.length === 0) return;
      event.preventDefault();
      if (!open) {
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      highlight(active < 0 ? (step > 0 ? 0 : shown.length - 1) : (active + step + shown.length) % shown.length);
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      choose(shown[active]!);
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        close();
      } else if (input.value !== '') {
        input.value = '';
        value.value = '';
      }
    }
  });
  input.addEventListener('blur', close);

  // A shared URL's speaker (`?speaker=ren-zhenhe`): shown by name once found, by id until then or if unknown.
  const chosen = value.value;
  if (chosen) {
    input.value = chosen;
    void findSpeaker(chosen, readNode).then((entry) => {
      if (entry && value.value === chosen) input.value = nameOf(entry);
    });
  }
}
