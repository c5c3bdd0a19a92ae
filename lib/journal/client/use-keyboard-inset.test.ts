import { describe, expect, it } from "vitest";
import { keyboardInset } from "./use-keyboard-inset";

describe("keyboardInset", () => {
  it("is the part of the screen the keyboard covers, so the save bar can sit just above it", () => {
    expect(keyboardInset(844, { height: 844, offsetTop: 0 })).toBe(0);
    expect(keyboardInset(844, { height: 500, offsetTop: 0 })).toBe(344);
    // Scrolled while the keyboard is open: the visible part moved down the page.
    expect(keyboardInset(844, { height: 500, offsetTop: 100 })).toBe(244);
    // The URL bar sliding away is not a keyboard.
    expect(keyboardInset(844, { height: 790, offsetTop: 0 })).toBe(0);
  });
});
