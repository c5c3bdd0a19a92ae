/**
 * A full page load instead of a client transition: used after the session changes (sign-in,
 * joining or leaving a couple, deleting the account) so the live connection and every cached
 * server component start fresh with the new identity.
 */
export function hardNavigate(path: string) {
  window.location.assign(path);
}
