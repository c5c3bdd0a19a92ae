/**
 * What Socket.IO's client does not retry by itself, retried here (browser and bench clients alike):
 * - "io server disconnect": the server closed the socket on purpose. Socket.IO then stays
 *   disconnected; we come back after a moment, and a session that really ended is refused at the
 *   handshake ("unauthorized"), where this stops.
 * - a handshake refused with "unavailable" (the database was away while we reconnected): Socket.IO
 *   treats a refusal by the server as final; we retry with a growing, jittered delay.
 * Dropped connections, server restarts and drains ("transport close") Socket.IO retries itself.
 */
export interface ReconnectingSocket {
  connected: boolean;
  active: boolean;
  connect(): unknown;
  on(event: "disconnect", listener: (reason: string) => void): unknown;
  on(event: "connect_error", listener: (err: Error) => void): unknown;
  on(event: "connect", listener: () => void): unknown;
}

export function keepConnected(socket: ReconnectingSocket, options: { baseMs?: number; maxMs?: number } = {}) {
  const base = options.baseMs ?? 500;
  const max = options.maxMs ?? 8000;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const retry = () => {
    clearTimeout(timer);
    const delay = Math.min(max, base * 2 ** attempt) * (0.5 + Math.random());
    attempt++;
    timer = setTimeout(() => {
      if (!socket.connected && !socket.active) socket.connect();
    }, delay);
  };
  socket.on("connect", () => {
    attempt = 0;
    clearTimeout(timer);
  });
  socket.on("disconnect", (reason) => {
    if (reason === "io server disconnect") retry();
  });
  socket.on("connect_error", (err) => {
    if (err.message === "unavailable") retry();
  });
}
