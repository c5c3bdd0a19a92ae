"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { sendOperation } from "../../operations/client/send-operation";
import type { OperationInput, OperationOutput } from "../../operations/registry";
import type { ActionResult } from "../../operations/result";
import { isSocketConnected, onSocket } from "../../realtime/client/socket";
import { useRealtimeEvent } from "../../realtime/client/use-realtime";
import { isNewer, type ReviewView } from "../view";

type ReviewVerb = "reviews.start" | "reviews.rate" | "reviews.decide" | "reviews.step" | "reviews.finish" | "reviews.setAside";

/**
 * The review as this screen shows it: the server's view (lib/reviews/view.ts), kept at the newest
 * version from every source — the page's first render, each answer, each `reviews:state` the
 * server sends this user, and a re-read whenever the socket (re)connects or the page is shown
 * again. The server owns the state, so a reload or a restart simply reads it again.
 */
export function useReview(initial: ReviewView | null) {
  const [view, setView] = useState(initial);
  const current = useRef(view);
  const adopt = useCallback((next: ReviewView | null) => {
    if (!isNewer(current.current, next)) return;
    current.current = next;
    setView(next);
  }, []);

  // A re-render of the page (router.refresh after a change elsewhere) brings fresh props.
  useEffect(() => adopt(initial), [initial, adopt]);
  useRealtimeEvent("reviews:state", ({ review }) => adopt(review));

  const sync = useCallback(async () => {
    const id = current.current?.id;
    const result = await sendOperation("reviews.sync", id ? { reviewId: id } : {});
    if (result.ok) adopt(result.data.review);
  }, [adopt]);

  // A proposal answered meanwhile (a retirement agreed, a change proposed) changes what a step shows.
  useRealtimeEvent("agreements:changed", () => void sync());

  useEffect(() => {
    const onConnect = () => void sync();
    const onVisible = () => document.visibilityState === "visible" && void sync();
    const offConnect = onSocket("connect", onConnect);
    document.addEventListener("visibilitychange", onVisible);
    if (isSocketConnected()) onConnect();
    return () => {
      offConnect();
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [sync]);

  /** Sends a verb; its answer is adopted, and after a refusal the screen re-reads where we are. */
  const send = useCallback(
    async <N extends ReviewVerb>(name: N, input: OperationInput<N>): Promise<ActionResult<OperationOutput<N>>> => {
      const result = await sendOperation(name, input);
      if (result.ok) adopt((result.data as { review: ReviewView }).review);
      else void sync();
      return result;
    },
    [adopt, sync],
  );

  return { view, send, sync };
}
