import Link from "next/link";
import { dayWords, sentence, whenForUs } from "@/lib/checkins/format";
import type { CheckInPart, RhythmView } from "@/lib/checkins/queries";
import { clientWords, getLocale, getT } from "@/lib/i18n/server";
import { LogCheckIn, type LogOption } from "./log-check-in";

export interface People {
  me: { id: string; timeZone: string };
  partner: { id: string; name: string; timeZone: string } | null;
}

interface Props extends People {
  view: RhythmView;
  now: Date;
  /** Every check-in we could log, for the form's "which one". */
  options: readonly LogOption[];
  canWrite: boolean;
  /** On Today the card names the agreement and links to it; on its own page it need not. */
  context: "today" | "agreement";
  /** Arrived from the home-screen shortcut "Log a check-in": the log form is open at once. */
  openLog?: boolean;
}

/**
 * One check-in rhythm as it stands now: due (log it), not yet logged after its time (log it late),
 * kept (each of us says how it felt), or upcoming. Times read on each partner's own clock.
 */
export async function CheckInCard({ view, now, me, partner, options, canWrite, context, openLog = false }: Props) {
  const [t, locale, words] = await Promise.all([getT("checkins"), getLocale(), clientWords("checkins", ["form", "feeling"])]);
  const { due } = view;
  const focus = due.state === "upcoming" ? due.next : due.occurrence;
  const day = dayWords(focus.at, me.timeZone, now, locale);
  const mine = view.current?.parts.find((p) => p.userId === me.id);
  const title =
    due.state === "due"
      ? t("card.dueTitle")
      : due.state === "missed"
        ? t("card.missedTitle", { ...day })
        : due.state === "kept"
          ? t("card.keptTitle", { ...day })
          : t("card.upcomingTitle");
  const log = (props: Partial<Parameters<typeof LogCheckIn>[0]>) =>
    canWrite ? <LogCheckIn options={options} selected={view.agreementId} openAtFirst={openLog} words={words} {...props} /> : null;

  return (
    <section
      className="flex flex-col gap-3 rounded-3xl border border-line bg-surface p-5"
      data-testid="checkin-card"
      data-state={due.state}
      aria-labelledby={`checkin-${view.agreementId}`}
    >
      <div className="flex flex-col gap-1">
        <h2 id={`checkin-${view.agreementId}`} className="text-lg font-semibold">
          {title}
        </h2>
        {context === "today" ? (
          <Link
            href={`/agreements/${view.agreementId}`}
            className="self-start text-accent underline underline-offset-4"
            data-testid="checkin-about"
          >
            {view.about}
          </Link>
        ) : null}
        {due.state !== "kept" ? <p data-testid="checkin-when">{sentence(whenForUs(focus.at, me, partner, now, locale, t))}</p> : null}
      </div>

      {due.state === "missed" ? <p className="text-muted">{t("card.missedBody")}</p> : null}

      {due.state === "kept" && view.current ? <Parts parts={view.current.parts} me={me} partner={partner} /> : null}
      {due.state === "kept" && view.current && partner && !view.current.parts.some((p) => p.userId === partner.id) ? (
        <p className="text-sm text-muted">{t("card.partnerPending", { name: partner.name })}</p>
      ) : null}

      {due.state === "due" ? log({}) : null}
      {due.state === "missed" ? log({ openLabel: t("card.logLate"), variant: "secondary" }) : null}
      {due.state === "kept" && view.current && !mine
        ? log({ mode: "mine", happenedAt: view.current.happenedAt.toISOString(), startOpen: true })
        : null}
      {due.state === "upcoming" && (context === "agreement" || openLog) ? log({ openLabel: t("card.logEarly"), variant: "secondary" }) : null}

      {due.state === "kept" ? (
        <p className="text-sm" data-testid="checkin-next">
          {t("card.next", { when: whenForUs(due.next.at, me, partner, now, locale, t) })}
        </p>
      ) : null}
      <p className="text-sm text-muted" data-testid="checkin-tally">
        {t("card.tally", { kept: view.month.kept, planned: view.month.planned })}
      </p>
    </section>
  );
}

/** How it felt for each of us, with our notes. */
export async function Parts({ parts, me, partner }: { parts: readonly CheckInPart[]; me: People["me"]; partner: People["partner"] }) {
  const [t, common] = await Promise.all([getT("checkins"), getT("common")]);
  const name = (id: string) => (id === me.id ? t("card.you") : id === partner?.id ? partner.name : t("card.formerPartner"));
  return (
    <ul className="flex flex-col gap-2" data-testid="checkin-parts">
      {parts.map((p) => (
        <li key={p.userId} className="rounded-2xl bg-sunken px-3 py-2">
          <p>
            <span className="font-semibold">{name(p.userId)}</span> · {t(`feeling.${p.feeling}` as "feeling.1")}
          </p>
          {p.note ? <p className="mt-1 break-words italic">{common("quoted", { text: p.note })}</p> : null}
        </li>
      ))}
    </ul>
  );
}
