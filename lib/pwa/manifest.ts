import type { MetadataRoute } from "next";
import { PWA_WORDS } from "./words";
import { PAUSE_SHORTCUT_PARAM } from "../pause/constants";

const W = PWA_WORDS.manifest;

/** The app's own colours (app/globals.css): the canvas in each theme, and the calm accent. */
export const THEME = {
  light: { background: "#f6f3ee", theme: "#f6f3ee" },
  dark: { background: "#14161a", theme: "#14161a" },
} as const;

/** Where the home-screen shortcuts lead. */
export const SHORTCUT_URLS = { pause: `/pause?${PAUSE_SHORTCUT_PARAM}=1`, checkIn: "/today?log=check-in" } as const;

/** Every file the manifest points at, so a test can fetch them all (and the icon script writes them). */
export const ICONS = {
  any: [192, 512].map((size) => ({ src: `/icons/icon-${size}.png`, sizes: `${size}x${size}`, type: "image/png", purpose: "any" as const })),
  maskable: [192, 512].map((size) => ({ src: `/icons/maskable-${size}.png`, sizes: `${size}x${size}`, type: "image/png", purpose: "maskable" as const })),
  monochrome: [{ src: "/icons/monochrome-512.png", sizes: "512x512", type: "image/png", purpose: "monochrome" as const }],
  svg: { src: "/icons/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" as const },
  shortcut: (name: "pause" | "check-in") =>
    [96, 192].map((size) => ({ src: `/icons/shortcut-${name}-${size}.png`, sizes: `${size}x${size}`, type: "image/png", purpose: "any" as const })),
};

export const SCREENSHOTS = [
  { src: "/screenshots/pause.jpg", label: W.screenshots.pause },
  { src: "/screenshots/today.jpg", label: W.screenshots.today },
  { src: "/screenshots/agreements.jpg", label: W.screenshots.agreements },
].map((s) => ({ ...s, sizes: "780x1688", type: "image/jpeg", form_factor: "narrow" as const }));

/**
 * The web app manifest (served by app/manifest.ts as /manifest.webmanifest). The dark colours are
 * given twice: `user_preferences.color_scheme_dark` for browsers that read a dark theme from the
 * manifest, and the theme-color meta tags per colour scheme (app/layout.tsx) for the rest.
 */
export function webAppManifest(): MetadataRoute.Manifest & { user_preferences: unknown } {
  return {
    id: "/",
    name: W.name,
    short_name: W.shortName,
    description: W.description,
    lang: "en",
    dir: "ltr",
    start_url: "/today",
    scope: "/",
    display: "standalone",
    background_color: THEME.light.background,
    theme_color: THEME.light.theme,
    user_preferences: { color_scheme_dark: { background_color: THEME.dark.background, theme_color: THEME.dark.theme } },
    categories: ["lifestyle", "health"],
    icons: [...ICONS.any, ICONS.svg, ...ICONS.maskable, ...ICONS.monochrome],
    shortcuts: [
      { name: W.shortcuts.pause.name, short_name: W.shortcuts.pause.shortName, description: W.shortcuts.pause.description, url: SHORTCUT_URLS.pause, icons: ICONS.shortcut("pause") },
      {
        name: W.shortcuts.checkIn.name,
        short_name: W.shortcuts.checkIn.shortName,
        description: W.shortcuts.checkIn.description,
        url: SHORTCUT_URLS.checkIn,
        icons: ICONS.shortcut("check-in"),
      },
    ],
    screenshots: SCREENSHOTS,
    launch_handler: { client_mode: ["navigate-existing", "auto"] },
  };
}
