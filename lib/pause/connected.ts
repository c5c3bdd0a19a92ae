import type { RealtimeSocket } from "../realtime/types";
import { getPauseState } from "./queries";

/** A freshly (re)connected socket gets the full pause state at once: no replay needed. */
export async function sendPauseState(socket: RealtimeSocket): Promise<void> {
  const coupleId = socket.data.identity?.coupleId;
  if (!coupleId) return;
  socket.emit("pause:state", await getPauseState(coupleId));
}
