import { defineOperation } from "../actions/operation";
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
export const proposeAgreementOp = defineOperation({
  name: "agreements.propose",
  access: "couple",
  schema: ProposeAgreementSchema,
  run: (input, { member }) => proposeAgreement(member, input),
});

export const proposeChangeOp = defineOperation({
  name: "agreements.proposeChange",
  access: "couple",
  schema: ProposeChangeSchema,
  run: (input, { member }) => proposeChange(member, input),
});

export const proposeRetireOp = defineOperation({
  name: "agreements.proposeRetire",
  access: "couple",
  schema: ProposeRetireSchema,
  run: (input, { member }) => proposeRetire(member, input),
});

export const counterProposeOp = defineOperation({
  name: "agreements.counter",
  access: "couple",
  schema: CounterProposalSchema,
  run: (input, { member }) => counterPropose(member, input),
});

export const acceptVersionOp = defineOperation({
  name: "agreements.accept",
  access: "couple",
  schema: DecisionSchema,
  run: (input, { member }) => acceptVersion(member, input),
});

export const declineVersionOp = defineOperation({
  name: "agreements.decline",
  access: "couple",
  schema: DeclineSchema,
  run: (input, { member }) => declineVersion(member, input),
});

export const withdrawVersionOp = defineOperation({
  name: "agreements.withdraw",
  access: "couple",
  schema: DecisionSchema,
  run: (input, { member }) => withdrawVersion(member, input),
});

/** One agreement with its history; an ended couple can still read theirs (read-only). */
export const getAgreementOp = defineOperation({
  name: "agreements.get",
  access: "member",
  schema: AgreementIdSchema,
  run: async (input, { member }) => {
    const detail = member.couple ? await getAgreementDetail(member.couple.id, input.agreementId) : null;
    if (!detail) throw new AppError("not_found", "We couldn’t find that agreement in our shared space.");
    return detail;
  },
});
