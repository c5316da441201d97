// The page's own keys, kept apart from the code that handles them so the
// settings page can list them without loading the content script's session.
export const CARD_SHORTCUT = { altKey: true, shiftKey: true, code: 'KeyK' } as const;
export const NEXT_MARK = { altKey: true, shiftKey: true, code: 'KeyN' } as const;
export const PREVIOUS_MARK = { altKey: true, shiftKey: true, code: 'KeyP' } as const;
