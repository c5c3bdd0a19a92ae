import type { PauseEnding, ProposalCounts } from "@/lib/reviews/glance-model";
import type { Outcome } from "@/lib/reviews/constants";

/**
 * Every word the weekly review's screens say, in one place (an i18n catalogue comes later).
 * Warm, plain, "we"-framed; a rating is how a week felt for one of us, never a score.
 */
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const REVIEW_COPY = {
  title: "Our weekly review",
  intro: "Once a week we look back together: how each agreement went for each of us, and whether to keep it, change it or let it go.",
  glanceTitle: "Our week at a glance",
  glanceIntro: (from: string, to: string) => `${from} to ${to}.`,
  startTogether: "Start our review",
  startAlone: "Review on my own",
  aloneHint: (partner: string) => `If ${partner} is away, you can look back on your own. It’s marked as such, and ${partner} will see your summary.`,
  pastReviews: "Past reviews and how things went over the weeks",
  rhythmNone: "We haven’t agreed when to do our review yet.",
  rhythmSetUp: "Agree a time for it",
  rhythmNext: (when: string) => `Our next review: ${when}.`,
  rhythmChange: "Change when",
  nothingToReview: "Once we’ve agreed on something together, we can look back on it here.",
  firstAgreement: "Propose an agreement",
  needsPartner: "The weekly review needs both of you. Invite your partner to get started.",
  invite: "Invite my partner",
  ended: "Our shared space has ended, so there’s no review to do. Past reviews stay readable.",
  partnerAlone: (partner: string) => `${partner} is looking back on this week on their own right now. You’ll both see the summary when they’re done.`,

  // The live session
  stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
  aloneBadge: "On my own",
  togetherBadge: (partner: string) => `With ${partner}`,
  letsBegin: "Let’s begin",
  next: "Next",
  back: "Back",
  question: "How did this go for me this week?",
  lineLabel: "One line about it, if you like",
  lineHint: "Only shared once we’ve both rated.",
  shareRating: "Share my rating",
  changeRating: "Change my rating",
  waitingFor: (partner: string) => `Waiting for ${partner}…`,
  waitingHint: (partner: string) => `Your rating stays with you until ${partner} has rated too. Then we see both at once.`,
  partnerReady: (partner: string) => `${partner} has rated this one.`,
  you: "Me",
  bothRatings: "How it went for each of us",
  myRatingAlone: "How it went for me",
  choose: "What shall we do with it?",
  chooseAlone: "What would I like to do with it?",
  outcomes: {
    KEEP: { label: "Keep it", hint: "It works for us as it is." },
    REVISE: { label: "Revise it", hint: "Propose a change, starting from what we have." },
    RETIRE: { label: "Retire it", hint: "Propose letting it go; it stays until we both agree." },
  } satisfies Record<Outcome, { label: string; hint: string }>,
  /** A decision as a summary shows it. */
  decidedShort: {
    KEEP: "Keeping",
    REVISE: "Revising",
    RETIRE: "Letting go",
  } satisfies Record<Outcome, string>,
  decided: {
    KEEP: "We’re keeping this one.",
    REVISE: "We’re revising this one.",
    RETIRE: "We’re letting this one go.",
  } satisfies Record<Outcome, string>,
  reviseWrite: "Write the change",
  reviseWriting: (name: string) => `${name} is writing the change. It will wait for your yes, as always.`,
  reviseWaitingForMe: (name: string) => `${name} suggested a change. Have a look together.`,
  reviseWaitingForPartner: (name: string) => `Our change is waiting for ${name}’s answer.`,
  lookAtIt: "Look at the change",
  retireWaitingForMe: (name: string) => `${name} suggested retiring it. It stays ours until you agree.`,
  retireAgree: "Yes, let’s retire it",
  retireNotYet: "Not yet — keep it for now",
  retireWaitingForPartner: (name: string) => `Retiring it waits for ${name}’s yes.`,
  retired: "We’ve retired it together.",
  retireDeclined: "We decided to keep it after all.",
  decideFirst: "Choose keep, revise or retire to move on.",

  // Wrap-up and summary
  wrapUpTitle: "That’s every agreement",
  wrapUpIntro: "Here’s what we decided. Finishing saves it with our week at a glance.",
  finish: "Finish our review",
  setAside: "Stop here for now",
  setAsideConfirm: "Set this review aside? What we’ve done so far is kept, and it’s marked unfinished.",
  setAsideYes: "Yes, set it aside",
  setAsideNo: "Keep going",
  summaryTitle: (date: string) => `Our review of ${date}`,
  summaryAlone: (name: string) => `${name} looked back on this week on their own.`,
  summaryAloneMe: "I looked back on this week on my own.",
  summaryUnfinished: "We stopped partway through this one.",
  summaryNoRating: (name: string) => `${name} didn’t rate this one.`,
  summaryBack: "Back to our review",
  notDecided: "Not decided",

  // History
  historyTitle: "Past reviews",
  historyIntro: "How our agreements went for each of us, week by week. Not a score: a conversation starter.",
  historyEmpty: "No reviews yet. After our first one, we’ll see here how things go over the weeks.",
  trendsTitle: "Over the weeks",
  trendsEmpty: "After a review or two, each agreement gets a small chart of how it went for each of us.",
  listTitle: "Each review",
  modeAlone: "on my own",
  modeAloneOf: (name: string) => `${name} on their own`,
  modeTogether: "together",
  unfinished: "stopped partway",

  // Reminders
  bannerDue: "It’s time for our weekly review.",
  bannerOpen: (name: string) => `${name} started our weekly review.`,
  bannerOpenMine: "Our weekly review is waiting where we left it.",
  bannerJoin: "Join",
  bannerContinue: "Continue",
  bannerStart: "Open",
} as const;

export const GLANCE_COPY = {
  checkInsTitle: "Check-ins kept",
  checkInsNone: "We haven’t agreed a check-in rhythm yet.",
  checkIn: (title: string, kept: number, planned: number) => (planned ? `${title}: kept ${kept} of the ${planned} we planned.` : `${title}: nothing planned this week.`),
  checkInsSummary: (kept: number, planned: number) =>
    !planned
      ? "No check-ins were planned this week."
      : kept
        ? `We kept ${kept} of the ${plural(planned, "check-in")} we planned.`
        : `We planned ${plural(planned, "check-in")}; none was logged here. Worth a word: did the rhythm fit our week?`,
  legendKept: "kept",
  legendNotLogged: "not logged",
  legendComing: "still to come",

  pausesTitle: "Pauses we took",
  pausesNone: "No pauses this week.",
  pausesSummary: (counts: Record<PauseEnding, number>) => {
    const total = counts.full + counts.early + counts.open;
    if (!total) return "No pauses this week.";
    const parts = [
      counts.full ? `${counts.full} ran ${counts.full === 1 ? "its" : "their"} full time` : "",
      counts.early ? `${counts.early} ended early, when we were ready` : "",
      counts.open ? `${counts.open} ${counts.open === 1 ? "is" : "are"} still going` : "",
    ].filter(Boolean);
    return `${plural(total, "pause")}: ${parts.join(", ")}.`;
  },
  pauseDay: (day: string, endings: PauseEnding[]) =>
    endings.length ? `${day}: ${endings.map((e) => PAUSE_ENDING_WORDS[e]).join(", ")}` : `${day}: no pause`,
  legendFull: "ran its time",
  legendEarly: "ended early",
  legendOpen: "still going",

  proposalsTitle: "Proposals we decided",
  proposalsNone: "No proposals were decided this week.",
  proposalRows: [
    ["accepted", "Said yes to"],
    ["retired", "Retired together"],
    ["countered", "Answered with another idea"],
    ["declined", "Not taken up"],
    ["withdrawn", "Withdrawn"],
  ] as const satisfies readonly (readonly [keyof ProposalCounts, string])[],
  proposalsSummary: (p: ProposalCounts) => {
    const total = p.accepted + p.retired + p.countered + p.declined + p.withdrawn;
    if (!total) return "No proposals were decided this week.";
    const parts = GLANCE_COPY.proposalRows.filter(([key]) => p[key] > 0).map(([key, label]) => `${label.toLowerCase()} ${p[key]}`);
    return `We decided ${plural(total, "proposal")}: ${parts.join(", ")}.`;
  },
} as const;

export const PAUSE_ENDING_WORDS: Record<PauseEnding, string> = { full: "a pause that ran its time", early: "a pause ended early", open: "a pause still going" };
