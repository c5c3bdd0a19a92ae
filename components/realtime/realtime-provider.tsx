"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { connectSocket, onSocket } from "@/lib/realtime/client/socket";
import { useRealtimeEvent } from "@/lib/realtime/client/use-realtime";

/**
 * Connects the one socket for signed-in screens. Server components stay the source of truth:
 * when the couple's data changes elsewhere, the current route re-renders from the server.
 */
export function RealtimeProvider({ children }: { children: React.ReactNode }) {
  const router = useRouter();
  const [connected, setConnected] = useState(false);

  useEffect(() => {
    const offUp = onSocket("connect", () => setConnected(true));
    const offDown = onSocket("disconnect", () => setConnected(false));
    // After hydration: socket.io-client loads in its own chunk and connects without delaying first paint.
    connectSocket();
    return () => {
      offUp();
      offDown();
    };
  }, []);

  useRealtimeEvent("couples:changed", () => router.refresh());
  useRealtimeEvent("couples:ended", () => router.refresh());
  // Broadcasts from another node may have been missed: re-render from the server, spread over two
  // seconds so that a node's phones do not all ask in the same instant.
  useRealtimeEvent("system:resync", () => {
    setTimeout(() => router.refresh(), Math.random() * 2000);
  });

  return (
    <div data-realtime={connected ? "connected" : "connecting"} className="contents">
      {children}
    </div>
  );
}
