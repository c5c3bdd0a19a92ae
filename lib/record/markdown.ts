import type { CoupleRecord, RecordAgreement } from "./types";
import { namespaceTranslator, wordsFor, type NamespaceWords } from "../i18n/translate";

/**
 * The record as Markdown: one `###` heading per agreement under "In place" and "Retired", so it
 * reads well as plain text and converts cleanly. Every piece of text people wrote is escaped, so a
 * title like "# 1. *never* <b>" stays text and never becomes structure.
 */
export function recordToMarkdown(record: CoupleRecord): string {
  const { t } = wordsFor(record.locale, "record");
  const out: string[] = [];
  const para = (text: string) => out.push(text, "");
  para(`# ${t("doc.title")} — ${heading(record.people)}`);
  para(record.audience === "counsellor" ? t("doc.sharedIntro") : t("doc.memberIntro"));
  para(namespaceTranslator(record.locale, "record").markup("doc.madeAt", { when: text(record.madeAt), name: text(record.timeZone.replaceAll("_", " ")), zone: (chunks) => chunks }));
  if (record.ended) para(t("doc.ended"));
  section(out, t, t("doc.activeTitle"), record.active, t("doc.activeEmpty"));
  section(out, t, t("doc.retiredTitle"), record.retired, t("doc.retiredEmpty"));

  if (record.checkIns) {
    para(`## ${t("doc.checkInsTitle")}`);
    para(text(record.checkIns.period));
    if (record.checkIns.rows.length) para(record.checkIns.rows.map((r) => `- ${text(r.agreement)}: ${t("doc.keptOf", { kept: r.kept, planned: r.planned })}`).join("\n"));
    else para(t("doc.checkInsEmpty"));
  }

  para(`## ${t("doc.pausesTitle")}`);
  if (record.pauses.items.length) {
    para(record.pauses.items.map((p) => `- **${text(p.when)}** · ${text(p.length)} — ${text(p.summary)}. ${text(p.outcome)}.`).join("\n"));
    if (record.pauses.truncated) para(t("doc.pausesTruncated"));
  } else para(t("doc.pausesEmpty"));

  if (record.reviews) {
    para(`## ${t("doc.reviewsTitle")}`);
    if (record.reviews.items.length) {
      for (const review of record.reviews.items) {
        para(`### ${heading(review.week)}`);
        if (review.lines.length) para(review.lines.map((l) => `- ${text(l, "  ")}`).join("\n"));
      }
    } else para(t("doc.reviewsEmpty"));
  }
  return `${out.join("\n").trimEnd()}\n`;
}

type T = NamespaceWords<"record">["t"];

function section(out: string[], t: T, title: string, agreements: RecordAgreement[], empty: string) {
  out.push(`## ${title}`, "");
  if (!agreements.length) out.push(empty, "");
  for (const a of agreements) agreement(out, t, a);
}

function agreement(out: string[], t: T, a: RecordAgreement) {
  out.push(`### ${heading(a.title)}`, "");
  const dates = [a.agreedAt ? t("doc.agreedOn", { when: text(a.agreedAt) }) : null, a.retiredAt ? t("doc.retiredOn", { when: text(a.retiredAt) }) : null].filter(Boolean);
  out.push(`*${text(a.kind)}*${dates.length ? ` · ${dates.join(" · ")}` : ""}`, "");
  if (a.fields.length) out.push(a.fields.map((f) => `- **${text(f.label)}:** ${text(f.value, "  ")}`).join("\n"), "");
  out.push(`#### ${t("doc.historyTitle")}`, "");
  const steps = a.history.map((s) => {
    const lines = [`- **${text(s.when)}** — ${text(s.summary)}.`];
    if (s.note) lines.push(`  > ${text(s.note, "  > ")}`);
    for (const c of s.changes) lines.push(`  - ${text(c.label)}: ~~${text(c.from || t("doc.nothing"))}~~ → **${text(c.to || t("doc.nothing"))}**`);
    lines.push(`  - ${text(s.outcome)}`);
    if (s.reason) lines.push(`    > ${text(s.reason, "    > ")}`);
    return lines.join("\n");
  });
  out.push(steps.join("\n"), "");
}

// Characters with a meaning anywhere in a line of Markdown (CommonMark lets any ASCII punctuation
// be escaped with a backslash; these are the ones that can change structure mid-line).
const INLINE = /[\\`*_[\]<>#|~&!]/g;
// …and at the start of a line: lists, setext underlines, ordered lists (quotes: ">" is escaped above).
const LINE_START = /^([-+=]|\d+[.)])/;

/**
 * Text people wrote, as inert Markdown. Line breaks stay (continued with `indent` inside a list);
 * blank lines go, since they would end the list item or quote the text sits in.
 */
export function text(value: string, indent = ""): string {
  return value
    .split(/\r\n|\r|\n/)
    // Leading spaces would make an indented code block inside a quote; Markdown drops them anyway.
    .map((line) => line.trim())
    .filter((line, i, all) => line || all.length === 1)
    .map((line) => line.replace(INLINE, "\\$&").replace(LINE_START, (mark: string) => mark.replace(/.$/, "\\$&")))
    .join(`  \n${indent}`);
}

/** A heading holds one line: line breaks become spaces. */
function heading(value: string): string {
  return text(value.replace(/\s+/g, " ").trim());
}
