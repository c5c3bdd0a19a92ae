/**
 * Quick exit (help and journal screens): the page is hidden at once, the current history entry
 * stops pointing at the app, and the tab moves to an everyday site, replacing this page — so Back
 * does not return to what was on screen. Browser code; plain DOM.
 */
export const NEUTRAL_SITE = "https://www.bbc.com/weather";

export function quickExit(target = NEUTRAL_SITE) {
  try {
    document.title = "Weather";
    document.documentElement.style.visibility = "hidden";
  } catch {
    /* keep going */
  }
  try {
    // If the neutral site is slow to load, this entry already no longer names the journal.
    window.history.replaceState(null, "", "/");
  } catch {
    /* keep going */
  }
  window.location.replace(target);
}
