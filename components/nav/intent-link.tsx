"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

/**
 * A link on every signed-in screen's frame (the bottom bar, the header) that is prefetched when
 * a person shows the intent to follow it (a finger down, a pointer over it, keyboard focus), not
 * as soon as it is on screen. Prefetching all of them at load (journal, help, agreements,
 * history, Me, each twice) put a dozen server requests, their payloads and their route code on a
 * slow phone's main thread while it was still starting the page; a tap still starts the fetch
 * before its click lands.
 */
export function IntentLink({ href, onMouseEnter, onTouchStart, onFocus, ...rest }: Omit<ComponentProps<typeof Link>, "prefetch" | "href"> & { href: string }) {
  const router = useRouter();
  const prefetch = () => router.prefetch(href);
  return (
    <Link
      {...rest}
      href={href}
      prefetch={false}
      onMouseEnter={(e) => {
        prefetch();
        onMouseEnter?.(e);
      }}
      onTouchStart={(e) => {
        prefetch();
        onTouchStart?.(e);
      }}
      onFocus={(e) => {
        prefetch();
        onFocus?.(e);
      }}
    />
  );
}
