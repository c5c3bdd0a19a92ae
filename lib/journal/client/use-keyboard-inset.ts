"use client";

import { useEffect, useState } from "react";

/**
 * How far the on-screen keyboard covers the bottom of the layout viewport, in px (0 when closed),
 * from the VisualViewport API: a bar fixed at `bottom: inset` stays just above the keyboard on
 * browsers that only shrink the visual viewport (Chrome on Android, Safari on iOS).
 */
export function keyboardInset(layoutHeight: number, visual: { height: number; offsetTop: number }): number {
  const covered = layoutHeight - visual.height - visual.offsetTop;
  // Small differences are browser chrome (the URL bar sliding), not a keyboard.
  return covered > 80 ? Math.round(covered) : 0;
}

export function useKeyboardInset(): number {
  const [inset, setInset] = useState(0);
  useEffect(() => {
    const vv = window.visualViewport;
    if (!vv) return;
    const update = () => setInset(keyboardInset(window.innerHeight, vv));
    update();
    vv.addEventListener("resize", update);
    vv.addEventListener("scroll", update);
    return () => {
      vv.removeEventListener("resize", update);
      vv.removeEventListener("scroll", update);
    };
  }, []);
  return inset;
}
