import type { MetadataRoute } from "next";
import { PAUSE_SHORTCUT_PARAM } from "../pause/constants";
import type { Locale } from "../i18n/config";
import { wordsFor } from "../i18n/translate";

/** The product's name, the same in every language (as in every page's title). */
const NAME = "Steady";
/** Where every page links the manifest: `lang` is the page's language (see app/manifest.webmanifest/route.ts). */
export const MANIFEST_PATH = "/manifest.webmanifest";

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

const SCREENSHOTS = [
  { src: "/screenshots/pause.jpg", label: "pause" },
  { src: "/screenshots/today.jpg", label: "today" },
  { src: "/screenshots/agreements.jpg", label: "agreements" },
] as const;

/**
 * The web app manifest (served by app/manifest.ts as /manifest.webmanifest). The dark colours are
 * given twice: `user_preferences.color_scheme_dark` for browsers that read a dark theme from the
 * manifest, and the theme-color meta tags per colour scheme (app/layout.tsx) for the rest.
 */
export function webAppManifest(locale: Locale): MetadataRoute.Manifest & { user_preferences: unknown } {
  const { t } = wordsFor(locale, "pwa");
  return {
    id: "/",
    name: NAME,
    short_name: NAME,
    description: t("manifest.description"),
    lang: locale,
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
      {
        name: t("manifest.shortcuts.pause.name"),
        short_name: t("manifest.shortcuts.pause.shortName"),
        description: t("manifest.shortcuts.pause.description"),
        url: SHORTCUT_URLS.pause,
        icons: ICONS.shortcut("pause"),
      },
      {
        name: t("manifest.shortcuts.checkIn.name"),
        short_name: t("manifest.shortcuts.checkIn.shortName"),
        description: t("manifest.shortcuts.checkIn.description"),
        url: SHORTCUT_URLS.checkIn,
        icons: ICONS.shortcut("check-in"),
      },
    ],
    screenshots: SCREENSHOTS.map((s) => ({ src: s.src, label: t(`manifest.screenshots.${s.label}`), sizes: "780x1688", type: "image/jpeg", form_factor: "narrow" as const })),
    launch_handler: { client_mode: ["navigate-existing", "auto"] },
  };
}
