import { marked, type Token, type Tokens } from "marked";

/**
 * Reads Markdown back with marked (a maintained CommonMark + GFM parser), independent of the
 * renderer, so tests check the structure a reader or converter would see.
 */
export interface ParsedHeading {
  depth: number;
  /** The heading's text as a reader sees it: escapes resolved, no markup. */
  text: string;
}

export function parseMarkdown(markdown: string): { tokens: Token[]; headings: ParsedHeading[] } {
  const tokens = marked.lexer(markdown, { gfm: true });
  const headings = tokens.filter((t): t is Tokens.Heading => t.type === "heading").map((h) => ({ depth: h.depth, text: plainText(h.tokens) }));
  return { tokens, headings };
}

/** The text of inline tokens; any token that is not plain text or an escape (a link, raw HTML…) is reported. */
export function plainText(tokens: Token[] | undefined, unexpected: string[] = []): string {
  return (tokens ?? [])
    .map((t) => {
      if (t.type === "text" || t.type === "escape") return "tokens" in t && t.tokens?.length ? plainText(t.tokens, unexpected) : t.text;
      if (t.type === "strong" || t.type === "em" || t.type === "del") return plainText(t.tokens, unexpected);
      if (t.type === "br") return "\n";
      unexpected.push(t.type);
      return t.raw;
    })
    .join("");
}

/** The headings under each `##` section, by section title. */
export function headingsBySection(headings: ParsedHeading[], depth = 3): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  let section = "";
  for (const h of headings) {
    if (h.depth === 2) out[(section = h.text)] = [];
    else if (h.depth === depth && section) out[section]!.push(h.text);
  }
  return out;
}
