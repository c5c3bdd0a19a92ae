/**
 * Steady's mark, as SVG: two overlapping discs, one calm and one warm, on the app's teal — two
 * people, each whole, with a space they share. scripts/pwa/render-icons.ts renders every PNG
 * and the favicon from these; nothing here is drawn by hand in an image editor.
 */

export const COLORS = { calm: "#2f5d62", canvas: "#f6f3ee", warm: "#f0a27a" } as const;

export type IconVariant =
  /** Rounded tile with transparent corners (browsers, desktop, the favicon). */
  | "any"
  /** Full-bleed tile, the mark inside the central 80% safe zone (Android crops it to any shape). */
  | "maskable"
  /** The silhouette only, in white on transparent (the platform tints it). */
  | "monochrome"
  /** Full-bleed tile with no transparency (iOS rounds the corners itself). */
  | "apple";

function discs(scale: number) {
  const r = 118 * scale;
  const dx = 50 * scale;
  return {
    a: `<circle cx="${256 - dx}" cy="256" r="${r}" />`,
    b: `<circle cx="${256 + dx}" cy="256" r="${r}" />`,
    r,
    dx,
  };
}

export function markSvg(variant: IconVariant): string {
  const open = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">`;
  if (variant === "monochrome") {
    // The two discs as one shape, with a thin gap where the second overlaps the first.
    const d = discs(1);
    return `${open}<defs><mask id="m"><rect width="512" height="512" fill="#000"/><g fill="#fff">${d.a}</g><circle cx="${256 + d.dx}" cy="256" r="${d.r + 14}" fill="#000"/><g fill="#fff">${d.b}</g></mask></defs><rect width="512" height="512" fill="#fff" mask="url(#m)"/></svg>`;
  }
  const d = discs(variant === "maskable" ? 0.9 : 1);
  const tile = variant === "any" ? `<rect width="512" height="512" rx="112" fill="${COLORS.calm}"/>` : `<rect width="512" height="512" fill="${COLORS.calm}"/>`;
  return `${open}${tile}<g fill="${COLORS.canvas}">${d.a}</g><g fill="${COLORS.warm}" fill-opacity="0.88">${d.b}</g></svg>`;
}

/** The shortcut icons: a cream glyph on the teal disc (Android shows them in a circle). */
export function shortcutSvg(name: "pause" | "check-in"): string {
  const glyph =
    name === "pause"
      ? `<rect x="186" y="156" width="52" height="200" rx="26"/><rect x="274" y="156" width="52" height="200" rx="26"/>`
      : `<path d="M156 262 l68 68 l132 -148" fill="none" stroke="${COLORS.canvas}" stroke-width="48" stroke-linecap="round" stroke-linejoin="round"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512"><circle cx="256" cy="256" r="256" fill="${COLORS.calm}"/><g fill="${COLORS.canvas}">${glyph}</g></svg>`;
}

/** Every PNG the app serves, by path under public/ (or app/ for Next's file conventions). */
export const PNG_OUTPUTS: readonly { path: string; size: number; svg: () => string }[] = [
  ...[192, 512].map((size) => ({ path: `public/icons/icon-${size}.png`, size, svg: () => markSvg("any") })),
  ...[192, 512].map((size) => ({ path: `public/icons/maskable-${size}.png`, size, svg: () => markSvg("maskable") })),
  { path: "public/icons/monochrome-512.png", size: 512, svg: () => markSvg("monochrome") },
  ...(["pause", "check-in"] as const).flatMap((name) =>
    [96, 192].map((size) => ({ path: `public/icons/shortcut-${name}-${size}.png`, size, svg: () => shortcutSvg(name) })),
  ),
  { path: "app/apple-icon.png", size: 180, svg: () => markSvg("apple") },
];

/** The favicon's sizes (one .ico holding a PNG of each). */
export const FAVICON_SIZES = [16, 32, 48] as const;
