import { describe, expect, it } from "vitest";
import { icoFromPngs } from "./ico";

const png = (n: number) => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array.from({ length: n }, (_, i) => i)]);

describe("icoFromPngs", () => {
  it("writes the header, one directory entry per image, and each PNG at its offset", () => {
    const a = png(3);
    const b = png(5);
    const ico = icoFromPngs([
      { size: 16, png: a },
      { size: 256, png: b },
    ]);
    const view = new DataView(ico.buffer);
    expect([view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true)]).toEqual([0, 1, 2]);
    expect(ico.length).toBe(6 + 32 + a.length + b.length);
    // first entry: 16 px, 32 bpp, its bytes right after the directory
    expect([ico[6], ico[7], view.getUint16(6 + 6, true), view.getUint32(6 + 8, true), view.getUint32(6 + 12, true)]).toEqual([16, 16, 32, a.length, 38]);
    // 256 px is written as 0
    expect([ico[22], ico[23], view.getUint32(22 + 12, true)]).toEqual([0, 0, 38 + a.length]);
    expect(ico.slice(38, 38 + a.length)).toEqual(a);
    expect(ico.slice(38 + a.length)).toEqual(b);
  });

  it("refuses what is not a PNG, a size it cannot store, or nothing at all", () => {
    expect(() => icoFromPngs([])).toThrow(/at least one/);
    expect(() => icoFromPngs([{ size: 16, png: Uint8Array.from([1, 2, 3, 4]) }])).toThrow(/PNG/);
    expect(() => icoFromPngs([{ size: 300, png: png(1) }])).toThrow(/1 to 256/);
  });
});
