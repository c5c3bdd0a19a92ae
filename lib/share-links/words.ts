import type { LinkStatus } from "./consent";

/**
 * How a counsellor link is described to the two of us, in one place (the record page and Me).
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

const dayWord = (n: number) => `${n} day${n === 1 ? "" : "s"}`;

export const LINK_WORDS = {
  panelTitle: "A link for a counsellor",
  panelIntro:
    "A read-only copy of this record that a counsellor can open without signing in. It works only once we both say yes, stops on the day we choose, and either of us can turn it off at any time.",
  invitation: "Would this work for us?",
  approve: "Yes, share it",
  decline: "Not this time",
  turnOff: "Turn it off",
  turnOffNow: "Turn it off now",
  earlier: "Earlier links",
  nameLabel: "Counsellor’s name",
  nameHint: "Optional — just so we both know who it’s for.",
  daysLabel: "How many days it works",
  daysHint: "Counted from when you both said yes: 1 to 30 days.",
  propose: (partner: string) => `Suggest a link to ${partner}`,
  shownOnce: (partner: string) =>
    `Here’s the link. Copy it now — we keep only a fingerprint of it, so we can’t show it again. It shows nothing until ${partner} says yes.`,
  copy: "Copy link",
  copied: "Copied",
  share: "Share",
  done: "Done",
  endedSpace: "Links stopped when our shared space ended.",
  noPartner: "A link needs both of us to say yes, so it can be suggested once your partner has joined.",
} as const;

/** One link as the two of us see it. */
export function describeLink(link: LinkForWords, reader: LinkReader): LinkCard {
  const when = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: reader.timeZone });
  const who = link.therapistName ?? "a counsellor";
  const mine = link.proposedById === reader.meId;
  const opened = link.lastOpenedAt ? `Last opened ${when.format(link.lastOpenedAt)}` : "Not opened yet";
  const base = { id: link.id, status: link.status, canApprove: false, canRevoke: link.status === "waiting" || link.status === "active" };
  switch (link.status) {
    case "waiting":
      return mine
        ? { ...base, title: `Waiting for ${reader.partnerName}`, lines: [`You suggested sharing our agreements with ${who}, for ${dayWord(link.days)} once you both say yes.`] }
        : {
            ...base,
            canApprove: true,
            title: `${link.proposedById ? reader.partnerName : "A former partner"} suggested sharing our agreements with ${who} for ${dayWord(link.days)}`,
            lines: [LINK_WORDS.invitation, "They would see this record, read-only, without signing in — nothing private — until it stops."],
          };
    case "active":
      return { ...base, title: `Shared with ${who}`, lines: [`Works until ${when.format(link.expiresAt!)}`, opened] };
    case "expired":
      return { ...base, title: `Shared with ${who}`, lines: [`Stopped on ${when.format(link.expiresAt!)}`, opened] };
    case "revoked": {
      const by = link.revokedById === reader.meId ? "you" : link.revokedById ? reader.partnerName : "us";
      return { ...base, title: `For ${who}`, lines: [`Turned off by ${by} on ${when.format(link.revokedAt!)}`, opened] };
    }
  }
}
