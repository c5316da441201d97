// Service worker (Chrome) / event page (Firefox). Nothing to do yet; it exists
// so later features (the local history) have a home.
export default defineBackground(() => {});
