import type { Locale } from "../i18n/config";
import { formatDate } from "../i18n/format";
import type { KeyIn, MessageValues } from "../i18n/keys";
import type { LinkStatus } from "./consent";

type SharedT = (key: KeyIn<"shared">, values?: MessageValues) => string;

/**
 * How a counsellor link is described to the two of us, in one place (the record page).
 * Proposals are invitations ("Would this work for us?"); nothing here names a fault. Client-safe.
 */
export interface LinkForWords {
  id: string;
  status: LinkStatus;
  therapistName: string | null;
  days: number;
  proposedById: string | null;
  expiresAt: Date | null;
  revokedById: string | null;
  revokedAt: Date | null;
  lastOpenedAt: Date | null;
}

export interface LinkReader {
  meId: string;
  partnerName: string;
  timeZone: string;
  locale: Locale;
}

export interface LinkCard {
  id: string;
  status: LinkStatus;
  /** What I can do: approve (my partner suggested it and it waits), revoke (it waits or works). */
  canApprove: boolean;
  canRevoke: boolean;
  title: string;
  lines: string[];
}

/** One link as the two of us see it, in the reader's words (`t`: the shared namespace) and time zone. */
export function describeLink(link: LinkForWords, reader: LinkReader, t: SharedT): LinkCard {
  const when = (at: Date) => formatDate(reader.locale, reader.timeZone, at, "dateTimeShort");
  const who = link.therapistName ?? t("link.aCounsellor");
  const mine = link.proposedById === reader.meId;
  const opened = link.lastOpenedAt ? t("link.lastOpened", { when: when(link.lastOpenedAt) }) : t("link.notOpened");
  const base = { id: link.id, status: link.status, canApprove: false, canRevoke: link.status === "waiting" || link.status === "active" };
  switch (link.status) {
    case "waiting":
      return mine
        ? { ...base, title: t("link.waitingFor", { partner: reader.partnerName }), lines: [t("link.mineWaiting", { who, days: link.days })] }
        : {
            ...base,
            canApprove: true,
            title: t("link.suggested", { by: link.proposedById ? "partner" : "former", partner: reader.partnerName, who, days: link.days }),
            lines: [t("panel.invitation"), t("panel.invitationDetail")],
          };
    case "active":
      return { ...base, title: t("link.sharedWith", { who }), lines: [t("link.worksUntil", { when: when(link.expiresAt!) }), opened] };
    case "expired":
      return { ...base, title: t("link.sharedWith", { who }), lines: [t("link.stoppedOn", { when: when(link.expiresAt!) }), opened] };
    case "revoked": {
      const by = link.revokedById === reader.meId ? "me" : link.revokedById ? "partner" : "us";
      return { ...base, title: t("link.forWho", { who }), lines: [t("link.turnedOff", { by, partner: reader.partnerName, when: when(link.revokedAt!) }), opened] };
    }
  }
}
