import type en from "../../messages/en.json";

/** Client-safe names for the catalogue's parts; types only, so no catalogue reaches the browser. */
type Catalogue = typeof en;
type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A top-level part of the catalogue, one per screen or domain ("pause", "auth", "errors"…). */
export type Namespace = keyof Catalogue;
/** Every message's full key ("pause.counting.headingMine"). */
export type MessageKey = Leaves<Catalogue>;
/** The keys inside one namespace, without its prefix. */
export type KeyIn<N extends Namespace> = Leaves<Catalogue[N]>;
/** Values a message's {placeholders} take. Dates are formatted first (lib/i18n/format.ts) and passed as text. */
export type MessageValues = Record<string, string | number>;
