import { z } from "zod";
import { AppError, NO_COUPLE } from "../errors";
import { defineOperation } from "../operations/define";
import { buildRecord, memberRecordViewer } from "./build";

/** Our record, for the Markdown download: either partner, for themselves; an ended couple's copy too. */
export const getRecordOp = defineOperation({
  name: "record.get",
  access: "member",
  input: z.object({}).strip(),
  run: async (_input, { member, now }) => {
    if (!member.couple) throw new AppError("forbidden", NO_COUPLE);
    return buildRecord(member.couple.id, memberRecordViewer(member), now);
  },
});

export const recordOperations = [getRecordOp] as const;
