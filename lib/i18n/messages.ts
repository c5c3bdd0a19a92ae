import en from "../../messages/en.json";
import es from "../../messages/es.json";
import { PSEUDO_LOCALE, type Locale } from "./config";
import { pseudoCatalogue } from "./pseudo-catalogue";

/** The shape of every catalogue: the English one (a unit test keeps the others' keys identical). */
export type Messages = typeof en;

let pseudo: Messages | undefined;

/** A locale's whole catalogue (server only: the browser gets the few words an island needs). */
export function messagesFor(locale: Locale): Messages {
  if (locale === "es") return es;
  if (locale === PSEUDO_LOCALE) return (pseudo ??= pseudoCatalogue(en));
  return en;
}
