import type { ReactNode } from "react";
import type { CoupleRecord, RecordAgreement } from "@/lib/record/types";
import { namespaceTranslator, wordsFor, type NamespaceWords } from "@/lib/i18n/translate";

type T = NamespaceWords<"record">["t"];

/**
 * The record as a document: the same data and words as the Markdown download. On paper (the
 * browser's print or "Save as PDF") it is black on white, and each agreement after the first of a
 * section starts a new page; the sections after the first do too. `intro` is the line under the
 * title (it differs between a member's copy and a counsellor's).
 */
export function RecordDocument({ record, intro }: { record: CoupleRecord; intro?: ReactNode }) {
  // The record's own words in its reader's language (record.locale), like the Markdown download.
  const { t } = wordsFor(record.locale, "record");
  const common = wordsFor(record.locale, "common").t;
  const quoted = (text: string) => common("quoted", { text });
  return (
    <article className="flex flex-col gap-8 print:gap-6" data-testid="record">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold print:text-3xl">
          {t("doc.title")} <span className="block text-lg font-normal text-muted print:text-xl">{record.people}</span>
        </h1>
        <p className="text-muted">{intro ?? (record.audience === "counsellor" ? t("doc.sharedIntro") : t("doc.memberIntro"))}</p>
        <p className="text-sm text-muted">
          {/* The zone's name is an identifier (Europe/Berlin), the same in every language. */}
          {namespaceTranslator(record.locale, "record").rich("doc.madeAt", {
            when: record.madeAt,
            name: record.timeZone.replaceAll("_", " "),
            zone: (chunks) => <span translate="no">{chunks}</span>,
          })}
        </p>
        {record.ended ? <p className="rounded-2xl bg-calm-soft px-3 py-2 print:border print:border-line">{t("doc.ended")}</p> : null}
      </header>

      <Section title={t("doc.activeTitle")} testId="record-active">
        {record.active.length ? record.active.map((a, i) => <Agreement key={a.id} agreement={a} newPage={i > 0} t={t} quoted={quoted} />) : <Empty>{t("doc.activeEmpty")}</Empty>}
      </Section>

      <Section title={t("doc.retiredTitle")} testId="record-retired" newPage={record.retired.length > 0}>
        {record.retired.length ? record.retired.map((a, i) => <Agreement key={a.id} agreement={a} newPage={i > 0} t={t} quoted={quoted} />) : <Empty>{t("doc.retiredEmpty")}</Empty>}
      </Section>

      {record.checkIns ? (
        <Section title={t("doc.checkInsTitle")} testId="record-checkins" newPage>
          <p className="text-muted">{record.checkIns.period}</p>
          {record.checkIns.rows.length ? (
            <ul className="flex flex-col gap-2">
              {record.checkIns.rows.map((r) => (
                <li key={r.agreement} className="break-words">
                  <span className="font-medium">{r.agreement}</span>: {t("doc.keptOf", { kept: r.kept, planned: r.planned })}
                </li>
              ))}
            </ul>
          ) : (
            <Empty>{t("doc.checkInsEmpty")}</Empty>
          )}
        </Section>
      ) : null}

      <Section title={t("doc.pausesTitle")} testId="record-pauses" newPage={record.pauses.items.length > 0}>
        {record.pauses.items.length ? (
          <ol className="flex flex-col gap-2">
            {record.pauses.items.map((p, i) => (
              <li key={i} className="rounded-2xl border border-line bg-surface px-4 py-3 break-inside-avoid print:rounded-none print:border-x-0 print:border-t-0 print:px-0 print:py-2">
                <p className="font-medium">{p.summary}</p>
                <p className="text-sm text-muted">
                  {p.when} · {p.length}
                </p>
                <p className="text-sm">{p.outcome}</p>
              </li>
            ))}
          </ol>
        ) : (
          <Empty>{t("doc.pausesEmpty")}</Empty>
        )}
        {record.pauses.truncated ? <p className="text-sm text-muted">{t("doc.pausesTruncated")}</p> : null}
      </Section>

      {record.reviews ? (
        <Section title={t("doc.reviewsTitle")} testId="record-reviews" newPage>
          {record.reviews.items.length ? (
            record.reviews.items.map((review) => (
              <div key={review.week} className="break-inside-avoid">
                <h3 className="text-lg font-semibold break-words">{review.week}</h3>
                <ul className="mt-1 flex list-disc flex-col gap-1 pl-5">
                  {review.lines.map((line, i) => (
                    <li key={i} className="break-words">
                      {line}
                    </li>
                  ))}
                </ul>
              </div>
            ))
          ) : (
            <Empty>{t("doc.reviewsEmpty")}</Empty>
          )}
        </Section>
      ) : null}
    </article>
  );
}

function Section({ title, testId, newPage = false, children }: { title: string; testId: string; newPage?: boolean; children: ReactNode }) {
  return (
    <section className={`flex flex-col gap-4 ${newPage ? "print:break-before-page" : ""}`} data-testid={testId}>
      <h2 className="border-b border-line pb-1 text-xl font-semibold print:text-2xl">{title}</h2>
      {children}
    </section>
  );
}

function Empty({ children }: { children: ReactNode }) {
  return <p className="text-muted">{children}</p>;
}

function Agreement({ agreement: a, newPage, t, quoted }: { agreement: RecordAgreement; newPage: boolean; t: T; quoted: (text: string) => string }) {
  const dates = [a.agreedAt ? t("doc.agreedOn", { when: a.agreedAt }) : null, a.retiredAt ? t("doc.retiredOn", { when: a.retiredAt }) : null].filter(Boolean).join(" · ");
  return (
    <section
      aria-label={a.title}
      data-testid="record-agreement"
      className={`flex flex-col gap-4 rounded-3xl border border-line bg-surface p-5 print:rounded-none print:border-0 print:p-0 ${newPage ? "print:break-before-page" : ""}`}
    >
      <div>
        <p className="text-xs font-semibold tracking-wide text-muted uppercase">{a.kind}</p>
        <h3 className="text-lg font-semibold break-words print:text-xl">{a.title}</h3>
        {dates ? <p className="text-sm text-muted">{dates}</p> : null}
      </div>
      {a.fields.length ? (
        <dl className="flex flex-col gap-3">
          {a.fields.map((f) => (
            <div key={f.label} className="break-inside-avoid">
              <dt className="text-sm text-muted">{f.label}</dt>
              <dd className="break-words whitespace-pre-line">{f.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <div className="flex flex-col gap-3">
        <h4 className="font-semibold">{t("doc.historyTitle")}</h4>
        <ol className="flex flex-col gap-3 border-l-2 border-line pl-4" data-testid="record-history">
          {a.history.map((s, i) => (
            <li key={i} className="flex flex-col gap-1 break-inside-avoid">
              <p>
                <span className="font-medium">{s.summary}</span>
                <span className="block text-sm text-muted">{s.when}</span>
              </p>
              {s.note ? <p className="border-l-2 border-line pl-3 break-words whitespace-pre-line text-muted italic">{quoted(s.note)}</p> : null}
              {s.changes.length ? (
                <ul className="flex flex-col gap-1">
                  {s.changes.map((c) => (
                    <li key={c.label} className="rounded-xl bg-sunken px-3 py-2 break-words print:bg-transparent print:px-0 print:py-0">
                      <span className="block text-sm text-muted">{c.label}</span>
                      <span className="text-muted line-through decoration-1">{c.from || t("doc.nothing")}</span>
                      <span aria-label={t("doc.changesTo")}> → </span>
                      <span className="font-semibold">{c.to || t("doc.nothing")}</span>
                    </li>
                  ))}
                </ul>
              ) : null}
              <p className="text-sm font-medium">{s.outcome}</p>
              {s.reason ? <p className="border-l-2 border-line pl-3 break-words whitespace-pre-line text-muted italic">{quoted(s.reason)}</p> : null}
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
