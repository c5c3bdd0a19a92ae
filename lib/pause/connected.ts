import { isCoupleMember } from "../auth/member";
import { createLimiter } from "../concurrency";
import type { RealtimeSocket } from "../realtime/types";
import { getPauseState } from "./queries";

// After a restart every phone reconnects at once; reading their state a few at a time keeps the
// burst from piling up thousands of queries in memory. Each read takes about a millisecond.
const limited = createLimiter(16);

/** A freshly (re)connected socket gets the full pause state at once: no replay needed. */
export async function sendPauseState(socket: RealtimeSocket): Promise<void> {
  const { member } = socket.data;
  if (!isCoupleMember(member)) return;
  const coupleId = member.couple.id;
  const state = await limited(() => getPauseState(coupleId));
  if (socket.connected) socket.emit("pause:state", state);
}
