/**
 * Test data for the authorization matrix (tests/integration/authz): the victim's own device
 * subscription is the target. Another account may not take its endpoint over or remove it, and
 * settings are only ever the caller's own.
 */
import { createECDH, randomBytes } from "node:crypto";
import type { MatrixExamples } from "@/tests/integration/authz/world";
import type { pushOperations } from "./operations";

const ecdh = createECDH("prime256v1");
ecdh.generateKeys();
const keys = { p256dh: ecdh.getPublicKey().toString("base64url"), auth: randomBytes(16).toString("base64url") };

export const pushExamples: MatrixExamples<typeof pushOperations> = {
  "push.subscribe": (w) => [
    { endpoint: `https://fcm.googleapis.com/fcm/send/matrix-${randomBytes(8).toString("hex")}`, keys },
    { endpoint: w.pushEndpoint, keys },
  ],
  "push.unsubscribe": (w) => [{ endpoint: w.pushEndpoint }, {}],
  "push.publicKey": () => [{}],
  "push.updateSettings": () => [
    { pauseStarted: true, pauseAfter: true, proposals: false, checkIns: true, reviews: true, quiet: true, quietFrom: "22:00", quietTo: "07:00", showNames: true },
  ],
};
