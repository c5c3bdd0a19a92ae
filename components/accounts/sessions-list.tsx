"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useOperationForm } from "@/components/forms/use-operation-form";
import { postSignOut } from "@/lib/auth/client/credentials";
import { hardNavigate } from "@/lib/hard-navigate";
import { forgetThisDevice } from "@/lib/pwa/client/forget-device";
import { disconnectSocket } from "@/lib/realtime/client/socket";
import type { KeyIn } from "@/lib/i18n/keys";
import { wordsT, type Words } from "@/lib/i18n/words";

export interface SessionRow {
  id: string;
  device: string;
  lastSeen: string;
  current: boolean;
}

type T = ReturnType<typeof wordsT<KeyIn<"me">>>;

function EndSession({ id, t }: { id: string; t: T }) {
  const router = useRouter();
  const { onSubmit, pending } = useOperationForm("accounts.endSession", () => router.refresh());
  return (
    <form onSubmit={onSubmit}>
      <input type="hidden" name="sessionId" value={id} />
      <Button type="submit" variant="secondary" className="min-h-11 px-3 text-sm" disabled={pending}>
        {t("sessions.endOne")}
      </Button>
    </form>
  );
}

export async function signOutHere() {
  disconnectSocket();
  await postSignOut().catch(() => undefined);
  // After the session has ended, so no page fetched with it is kept again: journal drafts, kept
  // pages, the last known pause and every cache leave with the person (lib/pwa/client).
  await forgetThisDevice();
  hardNavigate("/");
}

export function SessionsList({ sessions, words }: { sessions: SessionRow[]; words: Words<KeyIn<"me">> }) {
  const t = wordsT(words);
  const everywhere = useOperationForm("accounts.signOutEverywhere", () => signOutHere());
  return (
    <div className="flex flex-col gap-4">
      <ul className="flex flex-col divide-y divide-line" data-testid="sessions">
        {sessions.map((s) => (
          <li key={s.id} className="flex items-center justify-between gap-3 py-3">
            <div className="min-w-0">
              <p className="font-medium break-words">{s.device}</p>
              <p className="text-sm text-muted">{s.current ? t("sessions.thisDevice") : t("sessions.lastSeen", { when: s.lastSeen })}</p>
            </div>
            {s.current ? null : <EndSession id={s.id} t={t} />}
          </li>
        ))}
      </ul>
      {everywhere.formError ? <Notice tone="error">{everywhere.formError}</Notice> : null}
      <div className="button-row">
        <Button type="button" variant="secondary" onClick={() => void signOutHere()}>
          {t("sessions.signOut")}
        </Button>
        <form onSubmit={everywhere.onSubmit}>
          <Button type="submit" variant="secondary" className="w-full" disabled={everywhere.pending}>
            {t("sessions.signOutEverywhere")}
          </Button>
        </form>
      </div>
    </div>
  );
}
