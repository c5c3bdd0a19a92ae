import { z } from "zod";
import { AppError, NO_COUPLE } from "../errors";
import { pseudoLocaleEnabled } from "../env";
import { resolveLocale } from "../i18n/negotiate";
import { defineOperation } from "../operations/define";
import { buildRecord, memberRecordViewer } from "./build";

/** Our record, for the Markdown download: either partner, for themselves; an ended couple's copy too. */
export const getRecordOp = defineOperation({
  name: "record.get",
  access: "member",
  input: z.object({}).strip(),
  run: async (_input, { member, now, request }) => {
    if (!member.couple) throw new AppError("forbidden", NO_COUPLE);
    const locale = request.locale ?? resolveLocale(member.user.locale, request.acceptLanguage, pseudoLocaleEnabled());
    return buildRecord(member.couple.id, memberRecordViewer(member, locale), now);
  },
});

export const recordOperations = [getRecordOp] as const;
