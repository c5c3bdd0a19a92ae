import { defineOperation } from "../operations/define";
import { answerRhythmQuestion, logCheckIn } from "./mutations";
import { AnswerRhythmQuestionSchema, LogCheckInSchema } from "./schemas";

/** Check-in verbs. Both name the agreement; the mutations look it up with the caller's coupleId. */
const writes = { limit: "write", what: "changes" } as const;

export const logCheckInOp = defineOperation({
  name: "checkins.log",
  access: "couple",
  input: LogCheckInSchema,
  rateLimit: writes,
  run: (input, { member, now }) => logCheckIn(member, input, now),
});

export const answerRhythmQuestionOp = defineOperation({
  name: "checkins.answerRhythmQuestion",
  access: "couple",
  input: AnswerRhythmQuestionSchema,
  rateLimit: writes,
  run: (input, { member, now }) => answerRhythmQuestion(member, input, now),
});

export const checkInOperations = [logCheckInOp, answerRhythmQuestionOp] as const;
