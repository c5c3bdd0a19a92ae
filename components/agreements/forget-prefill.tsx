"use client";

import { useEffect } from "react";

/**
 * A proposal started from words in the address (?trigger=…): once the form has them, they leave
 * the address bar and this history entry, so they stay only in the form until sent.
 */
export function ForgetPrefill() {
  useEffect(() => {
    window.history.replaceState(window.history.state, "", window.location.pathname);
  }, []);
  return null;
}
