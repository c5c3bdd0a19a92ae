import type { Feeling } from "../constants";

/**
 * The browser's copy of what I'm writing, so a reload, a dropped network or a closed tab loses
 * nothing. Kept in localStorage in plain text: the device is mine, and the server copy is the
 * encrypted one (docs/decisions/007-private-journal.md). Keys carry my user id, and signing out
 * clears them all (clearPrivateBrowserData).
 */
export interface EntryFields {
  happened: string;
  feelings: Feeling[];
  feelingWords: string;
  feared: string;
  intensity: number | null;
  tags: string[];
}

export interface LocalDraft {
  id: string;
  fields: EntryFields;
  /** ms since epoch, on this device's clock. */
  updatedAt: number;
  /** True once the server has this exact version. */
  synced: boolean;
}

const PREFIX = "steady:journal:";

export const EMPTY_FIELDS: EntryFields = { happened: "", feelings: [], feelingWords: "", feared: "", intensity: null, tags: [] };

/** Where the unfinished new entry, or my edits to entry `entryId`, are kept. */
export function draftKey(userId: string, entryId?: string): string {
  return entryId ? `${PREFIX}${userId}:edit:${entryId}` : `${PREFIX}${userId}:new`;
}

export function readLocal(key: string): LocalDraft | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return null;
    const value = JSON.parse(raw) as LocalDraft;
    return typeof value?.id === "string" && value.fields && typeof value.updatedAt === "number" ? { ...value, fields: { ...EMPTY_FIELDS, ...value.fields } } : null;
  } catch {
    return null;
  }
}

export function writeLocal(key: string, draft: LocalDraft): boolean {
  try {
    window.localStorage.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    // Private mode or a full disk: the server copy still works while online.
    return false;
  }
}

export function removeLocal(key: string) {
  try {
    window.localStorage.removeItem(key);
  } catch {
    /* nothing kept */
  }
}

/** On sign-out and account deletion: forgets every journal draft kept on this device. */
export function clearPrivateBrowserData() {
  try {
    const keys = Array.from({ length: window.localStorage.length }, (_, i) => window.localStorage.key(i)).filter((k): k is string => !!k?.startsWith(PREFIX));
    for (const key of keys) window.localStorage.removeItem(key);
  } catch {
    /* nothing kept */
  }
}

export function sameFields(a: EntryFields, b: EntryFields): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** What the server rendered the form with: my latest draft (or a fresh one), or the entry I'm changing. */
export interface ServerCopy {
  id: string;
  fields: EntryFields;
  /** When the server copy last changed (ms, the server's clock), 0 for a brand-new entry. */
  updatedAt: number;
  draft: boolean;
}

export interface FormStart {
  id: string;
  fields: EntryFields;
  /** The words come from this browser's copy (the form says so). */
  restored: boolean;
  /** ...and the server has not confirmed them: they go up as soon as the form opens. */
  unsynced: boolean;
}

/**
 * Which copy the form opens with. Words this phone kept but never heard the server save (typed
 * offline, or the tab closed before the answer) are the newest this phone has, and come back as
 * they were: the server's draft may be older yet stamped later (an autosave that landed after
 * more typing, or whose answer was lost), and two clocks cannot order them. Otherwise the local
 * copy wins only when it is newer and differs (edits to a saved entry are never autosaved).
 */
export function chooseStart(local: LocalDraft | null, server: ServerCopy): FormStart {
  if (local) {
    const unsent = server.draft && !local.synced && !sameFields(local.fields, EMPTY_FIELDS);
    const newer = local.updatedAt > server.updatedAt && !sameFields(local.fields, server.fields);
    if (unsent || newer) return { id: local.id, fields: local.fields, restored: true, unsynced: !local.synced };
  }
  return { id: server.id, fields: server.fields, restored: false, unsynced: false };
}
