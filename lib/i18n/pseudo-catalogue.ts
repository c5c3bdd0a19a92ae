import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { printAST } from "@formatjs/icu-messageformat-parser/printer.js";
import { accent, padding } from "./pseudo";

type Catalogue = { [key: string]: string | Catalogue };

/** Accents the literal text of an ICU message, leaving arguments, plural and select keywords, # and tags as they are. */
function accentElements(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((el) => {
    if (el.type === TYPE.literal) return { ...el, value: accent(el.value) };
    if (el.type === TYPE.tag) return { ...el, children: accentElements(el.children) };
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      const options = Object.fromEntries(Object.entries(el.options).map(([k, o]) => [k, { ...o, value: accentElements(o.value) }]));
      return { ...el, options } as typeof el;
    }
    return el;
  });
}

/** One English message in the pseudo-locale: accented, bracketed, lengthened; still valid ICU. */
export function pseudoMessage(message: string): string {
  const printed = printAST(accentElements(parse(message, { requiresOtherClause: true })));
  return `[${printed} ${padding(message.length)}]`;
}

/** The pseudo-locale's catalogue, generated from the English one (never edited by hand). */
export function pseudoCatalogue<T extends Catalogue>(english: T): T {
  return Object.fromEntries(
    Object.entries(english).map(([key, value]) => [key, typeof value === "string" ? pseudoMessage(value) : pseudoCatalogue(value)]),
  ) as T;
}
