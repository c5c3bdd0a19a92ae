import { defineOperation } from "../operations/define";
import { AppError } from "../errors";
import { acceptVersion, counterPropose, declineVersion, proposeAgreement, proposeChange, proposeRetire, withdrawVersion } from "./mutations";
import { getAgreementDetail } from "./queries";
import {
  AgreementIdSchema,
  CounterProposalSchema,
  DeclineSchema,
  DecisionSchema,
  ProposeAgreementSchema,
  ProposeChangeSchema,
  ProposeRetireSchema,
} from "./schemas";

/**
 * Every agreement write (and the one read that takes an id from the client). Each names the
 * agreement and version it acts on; the mutations look them up with the caller's coupleId.
 */
const writes = { limit: "write", what: "changes" } as const;

export const proposeAgreementOp = defineOperation({
  name: "agreements.propose",
  access: "couple",
  input: ProposeAgreementSchema,
  rateLimit: writes,
  run: (input, { member, now }) => proposeAgreement(member, input, now),
});

export const proposeChangeOp = defineOperation({
  name: "agreements.proposeChange",
  access: "couple",
  input: ProposeChangeSchema,
  rateLimit: writes,
  run: (input, { member, now }) => proposeChange(member, input, now),
});

export const proposeRetireOp = defineOperation({
  name: "agreements.proposeRetire",
  access: "couple",
  input: ProposeRetireSchema,
  rateLimit: writes,
  run: (input, { member, now }) => proposeRetire(member, input, now),
});

export const counterProposeOp = defineOperation({
  name: "agreements.counter",
  access: "couple",
  input: CounterProposalSchema,
  rateLimit: writes,
  run: (input, { member, now }) => counterPropose(member, input, now),
});

export const acceptVersionOp = defineOperation({
  name: "agreements.accept",
  access: "couple",
  input: DecisionSchema,
  rateLimit: writes,
  run: (input, { member, now }) => acceptVersion(member, input, now),
});

export const declineVersionOp = defineOperation({
  name: "agreements.decline",
  access: "couple",
  input: DeclineSchema,
  rateLimit: writes,
  run: (input, { member, now }) => declineVersion(member, input, now),
});

export const withdrawVersionOp = defineOperation({
  name: "agreements.withdraw",
  access: "couple",
  input: DecisionSchema,
  rateLimit: writes,
  run: (input, { member, now }) => withdrawVersion(member, input, now),
});

/** One agreement with its history; an ended couple can still read theirs (read-only). */
export const getAgreementOp = defineOperation({
  name: "agreements.get",
  access: "member",
  input: AgreementIdSchema,
  run: async (input, { member }) => {
    const detail = member.couple ? await getAgreementDetail(member.couple.id, input.agreementId) : null;
    if (!detail) throw new AppError("not_found", "agreements.errors.notFound");
    return detail;
  },
});

export const agreementOperations = [
  proposeAgreementOp,
  proposeChangeOp,
  proposeRetireOp,
  counterProposeOp,
  acceptVersionOp,
  declineVersionOp,
  withdrawVersionOp,
  getAgreementOp,
] as const;
