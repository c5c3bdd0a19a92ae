/** The pause's fixed numbers, in one zod-free module that screens and the server both import. */

/** The length when the couple has no active pause rule yet. */
export const DEFAULT_PAUSE_MINUTES = 10;
/** A pause lasts at most 24 hours in total, extensions included (also a CHECK in the database). */
export const MAX_PAUSE_MS = 24 * 60 * 60 * 1000;
/** "10 more minutes" at the reconvene moment. */
export const EXTEND_MINUTES = 10;
/** How long the undo button is shown after a tap. */
export const UNDO_SHOWN_MS = 5_000;
/** The server accepts an undo this long after the start: the button's 5 s plus network grace. */
export const UNDO_WINDOW_MS = 8_000;
/** After zero, the reconvene choice waits this long; later it reads as a pause whose time simply ran out. */
export const RECONVENE_WINDOW_MS = 12 * 60 * 60 * 1000;
/**
 * A pause tapped while offline is sent when the network returns only within this long of the tap
 * (and only if no pause began meanwhile): later, it would start a fresh full pause on the
 * partner's phone long after the moment it was meant for.
 */
export const QUEUED_PAUSE_WINDOW_MS = 2 * 60 * 1000;
/** `/pause?start=1`: the home-screen shortcut that starts the pause (or opens the running one). */
export const PAUSE_SHORTCUT_PARAM = "start";
