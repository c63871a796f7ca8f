/** Puts the URL's query and filters back into the search form (browser), so a shared search shows what it searched for. */
import { readSearchParams, searchParamNames } from './search-url.ts';

/** Fills the search form's fields from `location.search` and opens the filters when one is set. */
export function fillSearchForm(): void {
  const form = document.querySelector<HTMLFormElement>('form.search-form');
  if (!form) return;
  const params = readSearchParams(location.search);
  for (const name of searchParamNames) {
    const field = form.elements.namedItem(name);
    const value = params[name];
    if (!value || !(field instanceof HTMLInputElement || field instanceof HTMLSelectElement)) continue;
    field.value = value;
    if (name !== 'q' && field.value === value) form.querySelector('details')?.setAttribute('open', '');
  }
  // Empty filters stay out of the URL: `?q=…` rather than `?q=…&speaker=&outlet=…`.
  const filters = (): NodeListOf<HTMLSelectElement | HTMLInputElement> => form.querySelectorAll<HTMLSelectElement | HTMLInputElement>('select, input[type="hidden"]');
  form.addEventListener('submit', () => {
    for (const field of filters()) field.disabled = field.value === '';
  });
  // Coming back through the history restores the page as it was, disabled fields included.
  addEventListener('pageshow', () => {
    for (const field of filters()) field.disabled = false;
  });
}
