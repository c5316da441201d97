// Whether this browser has the CSS Custom Highlight API, the only way Tifa marks a page.
export const supportsHighlights = (): boolean =>
  typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
