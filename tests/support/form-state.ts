// linkedom keeps an input's `checked` and a select's `value` as attributes
// only; a browser keeps their state once set, which Preact and the tests of
// Tifa's pages rely on. Installs that state on `window`'s element classes.
export function keepFormState(window: { HTMLInputElement: typeof HTMLInputElement; HTMLSelectElement: typeof HTMLSelectElement }): void {
  const checkedState = new WeakMap<object, boolean>();
  Object.defineProperty(window.HTMLInputElement.prototype, 'checked', {
    get(this: HTMLInputElement) {
      return checkedState.get(this) ?? this.hasAttribute('checked');
    },
    set(this: HTMLInputElement, value: unknown) {
      checkedState.set(this, Boolean(value));
    },
  });
  Object.defineProperty(window.HTMLSelectElement.prototype, 'value', {
    get(this: HTMLSelectElement) {
      const options = [...this.querySelectorAll('option')];
      return (options.find((o) => o.hasAttribute('selected')) ?? options.find((o) => o.getAttribute('value') === this.getAttribute('data-value')) ?? options[0])?.getAttribute('value') ?? '';
    },
    set(this: HTMLSelectElement, value: string) {
      this.setAttribute('data-value', value);
      for (const o of this.querySelectorAll('option')) o.toggleAttribute('selected', o.getAttribute('value') === value);
    },
  });
}
