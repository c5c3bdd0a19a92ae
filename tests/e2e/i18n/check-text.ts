import type { Page } from "@playwright/test";

/**
 * What a person would see or hear on the page that is not pseudo-localised: visible text nodes,
 * the text of screen-reader-only nodes, the selected option of each list, and the words in
 * aria-label, placeholder, title, alt and the document's title. Allowed as they are: text inside
 * [translate="no"] (names of languages, time-zone ids), the `allowed` strings (what people typed,
 * the product name), digits and punctuation. Anything with a plain ASCII letter left is reported.
 */
export async function untranslatedText(page: Page, allowed: string[], thirdParty?: string): Promise<string[]> {
  return page.evaluate(([allowedList, outside]) => {
    const sorted = [...allowedList].sort((a, b) => b.length - a.length);
    const plain = (text: string) => {
      let rest = text;
      for (const a of sorted) rest = rest.split(a).join(" ");
      return /[A-Za-z]/.test(rest);
    };
    const found = new Set<string>();
    const report = (where: string, text: string) => {
      const t = text.replace(/\s+/g, " ").trim();
      if (t && plain(t)) found.add(`${where}: "${t.slice(0, 120)}"`);
    };
    const skipped = (el: Element) => !!el.closest(`script, style, noscript, template, [translate='no']${outside ? `, ${outside}` : ""}`);
    const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true });
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || skipped(el)) continue;
      const option = el.closest("option");
      if (option ? !(option as HTMLOptionElement).selected || !shown(option.closest("select")!) : !shown(el)) continue;
      report(`<${el.tagName.toLowerCase()}${el.getAttribute("data-testid") ? ` data-testid=${el.getAttribute("data-testid")}` : ""}>`, node.textContent ?? "");
    }
    for (const el of document.body.querySelectorAll("[aria-label], [placeholder], [title], img[alt]")) {
      if (skipped(el) || !shown(el)) continue;
      for (const attr of ["aria-label", "placeholder", "title", "alt"]) {
        const value = el.getAttribute(attr);
        if (value) report(`<${el.tagName.toLowerCase()} ${attr}>`, value);
      }
    }
    report("<title>", document.title);
    return [...found];
  }, [allowed, thirdParty ?? ""] as const);
}

/**
 * Text zoom at 200% (as a phone's "larger text" setting does: the words grow, the layout's
 * spacing does not), then whatever no longer fits: a page wider than the screen, text cut off by
 * an element that hides its overflow, or text spilling out of a box too small for it.
 */
export async function clippedText(page: Page, thirdParty?: string): Promise<string[]> {
  return page.evaluate((outside) => {
    const mine = (el: Element) => !el.closest(`[data-fit-width]${outside ? `, ${outside}` : ""}`);
    // Display text sized to the screen's width (the countdown, marked data-fit-width) keeps its size.
    const all = [...document.body.querySelectorAll<HTMLElement>("*")].filter(mine);
    const sizes = all.map((el) => {
      const cs = getComputedStyle(el);
      return [parseFloat(cs.fontSize), cs.lineHeight.endsWith("px") ? parseFloat(cs.lineHeight) : null] as const;
    });
    all.forEach((el, i) => {
      const [size, line] = sizes[i]!;
      el.style.fontSize = `${size * 2}px`;
      if (line !== null) el.style.lineHeight = `${line * 2}px`;
    });
    const problems = new Set<string>();
    const name = (el: Element) => `<${el.tagName.toLowerCase()}${el.getAttribute("data-testid") ? ` data-testid=${el.getAttribute("data-testid")}` : ""}> "${(el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 60)}"`;
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1) problems.add(`the page scrolls sideways (${document.documentElement.scrollWidth} px on a ${width} px screen)`);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent?.trim() || el.closest("script, style, noscript, template, option, .sr-only")) continue;
      if (!mine(el)) continue;
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.width && (rect.left < -1 || rect.right > width + 1)) problems.add(`${name(el)} runs off the screen`);
      }
      // The nearest box around the text (inline elements have none of their own).
      let box: HTMLElement | null = el;
      while (box && getComputedStyle(box).display === "inline") box = box.parentElement;
      if (!box) continue;
      const cs = getComputedStyle(box);
      const hides = [cs.overflowX, cs.overflowY].some((o) => o !== "visible") || cs.textOverflow === "ellipsis" || cs.webkitLineClamp !== "none";
      const over = box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1;
      if (over && hides && cs.overflowY !== "auto" && cs.overflowY !== "scroll") problems.add(`${name(box)} is cut off`);
      else if (over && !hides && box.clientHeight > 0) problems.add(`${name(box)} spills out of its box`);
    }
    return [...problems];
  }, thirdParty ?? "");
}
