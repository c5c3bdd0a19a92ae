"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useSyncExternalStore, type FormEvent, type KeyboardEvent } from "react";
import { TextArea } from "@/components/agreements/controls";
import { QuickExitButton } from "@/components/help/quick-exit";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { formatDate } from "@/lib/i18n/format";
import type { KeyIn } from "@/lib/i18n/keys";
import { wordsT, type Words } from "@/lib/i18n/words";
import { FEELINGS, INTENSITIES, LIMITS, normaliseTag, SUGGESTED_TAGS, type Feeling } from "@/lib/journal/constants";
import { chooseStart, draftKey, EMPTY_FIELDS, readLocal, removeLocal, writeLocal, type EntryFields, type ServerCopy } from "@/lib/journal/client/local-draft";
import { useKeyboardInset } from "@/lib/journal/client/use-keyboard-inset";
import { runOperation } from "@/lib/operations/client/run-operation";
import { ManyChips, OneChip } from "./chips";

/** The journal's words this form shows: clientWords("journal", ["form", "feelings", "intensity", "suggestedTags", "quickExit"]). */
type FormWords = Words<KeyIn<"journal">>;

/** What the page rendered the form with (lib/journal/client/local-draft.ts#ServerCopy). */
export type EntryStart = ServerCopy;

interface Props {
  userId: string;
  mode: "new" | "edit";
  initial: EntryStart;
  fromPause: boolean;
  timeZone: string;
  words: FormWords;
}

type Status = "quiet" | "saving" | "saved" | "local" | "edit";
const noSubscribe = () => () => {};
/** When a local copy was written (only ever called from event handlers). */
const stamp = () => Date.now();

/**
 * The one-screen write form. A draft is never lost: every change is kept in this browser at once
 * and, for a new entry, saved to the server (encrypted) a moment after typing stops; a reload or a
 * dropped network brings it back. The save bar stays above the keyboard.
 */
export function EntryForm(props: Props) {
  // What this browser kept can only be read here, so the form renders after hydration.
  const hydrated = useSyncExternalStore(noSubscribe, () => true, () => false);
  if (!hydrated) return <div className="min-h-[80dvh]" aria-busy="true" data-testid="entry-form-loading" />;
  return <Editor {...props} />;
}

function Editor({ userId, mode, initial, fromPause, timeZone, words }: Props) {
  const t = wordsT(words);
  const router = useRouter();
  const formId = useId();
  const key = draftKey(userId, mode === "edit" ? initial.id : undefined);
  const [start] = useState(() => chooseStart(readLocal(key), initial));
  const id = start.id;
  const isDraft = initial.draft;
  const [fields, setFields] = useState<EntryFields>(start.fields);
  const [status, setStatus] = useState<Status>(!isDraft ? "edit" : start.unsynced ? "local" : "quiet");
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[] | undefined>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [newTag, setNewTag] = useState("");
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const inset = useKeyboardInset();
  const formRef = useRef<HTMLFormElement>(null);

  const latest = useRef(start.fields);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const done = useRef(false);

  /** Saves the draft to the server; one request at a time, always the latest words. */
  const pushDraft = useRef(async () => {
    if (!isDraft || done.current) return;
    if (inFlight.current) {
      again.current = true;
      return;
    }
    const run = (async () => {
      do {
        again.current = false;
        const snapshot = latest.current;
        setStatus("saving");
        const res = await runOperation("journal.save", { id, draft: true, ...snapshot });
        if (done.current) return;
        if (res.ok) {
          setSavedAt(formatDate(words.locale, timeZone, new Date(res.data.savedAt), "time"));
          setStatus("saved");
          if (latest.current === snapshot) writeLocal(key, { id, fields: snapshot, updatedAt: Date.now(), synced: true });
        } else if (res.code === "bad_request") {
          setFieldErrors(res.fieldErrors ?? {});
          setStatus("local");
        } else {
          setStatus("local");
        }
      } while (again.current);
    })();
    inFlight.current = run;
    try {
      await run;
    } finally {
      inFlight.current = null;
    }
  });

  useEffect(() => {
    const push = pushDraft.current;
    // A restored draft the server hasn't seen yet goes up as soon as the page is open, and again whenever the network returns.
    const first = start.unsynced ? setTimeout(() => void push(), 0) : undefined;
    const online = () => void push();
    window.addEventListener("online", online);
    return () => {
      clearTimeout(first);
      clearTimeout(timer.current);
      window.removeEventListener("online", online);
    };
  }, [start.unsynced]);

  function update(patch: Partial<EntryFields>) {
    const next = { ...latest.current, ...patch };
    latest.current = next;
    setFields(next);
    if (Object.keys(patch).some((k) => fieldErrors[k])) setFieldErrors((errors) => ({ ...errors, ...Object.fromEntries(Object.keys(patch).map((k) => [k, undefined])) }));
    writeLocal(key, { id, fields: next, updatedAt: stamp(), synced: false });
    if (!isDraft) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void pushDraft.current(), 800);
  }

  function addTag() {
    const tag = normaliseTag(newTag);
    if (!tag) return;
    if (!fields.tags.includes(tag) && fields.tags.length < LIMITS.tags) update({ tags: [...fields.tags, tag] });
    setNewTag("");
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    clearTimeout(timer.current);
    setSubmitting(true);
    setFormError(null);
    if (inFlight.current) await inFlight.current;
    const res = await runOperation("journal.save", { id, draft: false, ...latest.current });
    if (res.ok) {
      done.current = true;
      removeLocal(key);
      router.push(`/journal?saved=1`);
      router.refresh();
      return;
    }
    setSubmitting(false);
    setFieldErrors(res.fieldErrors ?? {});
    setFormError(res.code === "internal" ? t("form.offline") : res.error);
    setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"] input, [aria-invalid="true"]')?.focus(), 0);
  }

  async function discard() {
    done.current = true;
    clearTimeout(timer.current);
    if (inFlight.current) await inFlight.current;
    await runOperation("journal.delete", { id });
    removeLocal(key);
    router.push("/journal");
    router.refresh();
  }

  const suggested = SUGGESTED_TAGS.map((tag) => t(`suggestedTags.${tag}`));
  const tagOptions = [...new Set<string>([...suggested, ...fields.tags])].map((tag) => ({ value: tag, label: tag }));
  const statusText = status === "saved" && savedAt ? t("form.status.saved", { time: savedAt }) : status === "saved" ? t("form.status.quiet") : t(`form.status.${status}`);
  return (
    <form ref={formRef} onSubmit={save} noValidate className="flex flex-col gap-6 pb-52" data-testid="entry-form" data-entry-id={id}>
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">{mode === "new" ? t("form.titleNew") : t("form.titleEdit")}</h1>
        <p className="flex items-center gap-1.5 text-muted">
          <LockIcon />
          {t("form.private")}
        </p>
      </header>
      {fromPause ? <Notice tone="calm">{t("form.fromPause")}</Notice> : null}
      {start.restored ? (
        <Notice tone="info" testId="draft-restored">
          {t("form.restored")}
        </Notice>
      ) : null}

      <TextArea
        label={t("form.happened")}
        hint={t("form.happenedHint")}
        name="happened"
        rows={4}
        maxLength={LIMITS.happened}
        value={fields.happened}
        onChange={(e) => update({ happened: e.currentTarget.value })}
        errors={fieldErrors.happened}
      />
      <div className="flex flex-col gap-3">
        <ManyChips
          id={`${formId}-feelings`}
          legend={t("form.feelings")}
          name="feelings"
          columns="chips-3"
          options={FEELINGS.map((f) => ({ value: f, label: t(`feelings.${f}`) }))}
          value={fields.feelings}
          onChange={(next) => update({ feelings: FEELINGS.filter((f) => next.includes(f)) as Feeling[] })}
          errors={fieldErrors.feelings}
        />
        <Field
          label={t("form.feelingWords")}
          name="feelingWords"
          maxLength={LIMITS.feelingWords}
          value={fields.feelingWords}
          onChange={(e) => update({ feelingWords: e.currentTarget.value })}
          errors={fieldErrors.feelingWords}
          autoComplete="off"
        />
      </div>
      <TextArea
        label={t("form.feared")}
        name="feared"
        rows={3}
        maxLength={LIMITS.feared}
        value={fields.feared}
        onChange={(e) => update({ feared: e.currentTarget.value })}
        errors={fieldErrors.feared}
      />
      <OneChip
        id={`${formId}-intensity`}
        legend={t("form.intensity")}
        name="intensity"
        columns="chips-5"
        options={INTENSITIES.map((n) => ({
          value: n,
          label: (
            <>
              <span className="text-lg font-semibold">{n}</span>
              <span className="text-xs leading-tight">{t(`intensity.level${n}`)}</span>
            </>
          ),
        }))}
        value={fields.intensity}
        onChange={(n) => update({ intensity: n })}
        errors={fieldErrors.intensity}
      />
      <div className="flex flex-col gap-3">
        <ManyChips
          id={`${formId}-tags`}
          legend={t("form.tags")}
          hint={t("form.tagsHint")}
          name="tags"
          columns="chips-2"
          options={tagOptions}
          value={fields.tags}
          onChange={(next) => update({ tags: next })}
          errors={fieldErrors.tags}
        />
        {/* The button goes under the field when larger text leaves no room beside it. */}
        <div className="flex flex-wrap items-end gap-2">
          <div className="min-w-[min(12em,100%)] flex-1">
            <Field
              label={t("form.ownTag")}
              name="newTag"
              maxLength={LIMITS.tag}
              value={newTag}
              onChange={(e) => setNewTag(e.currentTarget.value)}
              onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  addTag();
                }
              }}
              autoComplete="off"
            />
          </div>
          <Button type="button" variant="secondary" onClick={addTag} disabled={!newTag.trim() || fields.tags.length >= LIMITS.tags}>
            {t("form.addTag")}
          </Button>
        </div>
      </div>

      {mode === "new" ? (
        confirmDiscard ? (
          <div className="flex flex-col gap-2 rounded-2xl border border-line p-4">
            <p>{t("form.discardConfirm")}</p>
            <div className="button-row">
              <Button type="button" variant="secondary" onClick={() => setConfirmDiscard(false)}>
                {t("form.keep")}
              </Button>
              <Button type="button" variant="danger" onClick={() => void discard()} data-testid="discard-confirm">
                {t("form.discardYes")}
              </Button>
            </div>
          </div>
        ) : (
          <Button type="button" variant="quiet" onClick={() => setConfirmDiscard(true)}>
            {t("form.discard")}
          </Button>
        )
      ) : null}

      {/* Sits on the bottom bar (whose Pause button overlaps its lower edge), or right above the keyboard when one is open. */}
      <div
        className={`fixed inset-x-0 border-t border-line bg-surface px-4 pt-2 ${inset ? "z-30 pb-3" : "bottom-[calc(3.5rem+env(safe-area-inset-bottom))] z-[15] pb-8"}`}
        style={inset ? { bottom: inset } : undefined}
        data-testid="save-bar"
      >
        <div className="mx-auto flex max-w-md flex-col gap-2">
          {formError ? <Notice tone="error">{formError}</Notice> : null}
          <p role="status" className="text-sm text-muted" data-testid="save-status">
            {statusText}
          </p>
          <div className="flex items-center gap-2">
            <QuickExitButton label={t("quickExit")} />
            <Button type="submit" className="flex-1" disabled={submitting}>
              {submitting ? t("form.saving") : mode === "new" ? t("form.saveNew") : t("form.saveEdit")}
            </Button>
          </div>
        </div>
      </div>
    </form>
  );
}

export function LockIcon() {
  return (
    <svg aria-hidden viewBox="0 0 24 24" className="size-4 shrink-0" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
      <rect x="5" y="11" width="14" height="9" rx="2" />
      <path d="M8 11V8a4 4 0 0 1 8 0v3" />
    </svg>
  );
}

export { EMPTY_FIELDS };
