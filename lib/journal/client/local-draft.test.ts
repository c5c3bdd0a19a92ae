import { describe, expect, it } from "vitest";
import { chooseStart, EMPTY_FIELDS, type LocalDraft, type ServerCopy } from "./local-draft";

const words = (happened: string) => ({ ...EMPTY_FIELDS, happened });
const server = (over: Partial<ServerCopy> = {}): ServerCopy => ({ id: "d1", fields: words("A"), updatedAt: 2_000, draft: true, ...over });
const local = (over: Partial<LocalDraft> = {}): LocalDraft => ({ id: "d1", fields: words("AB"), updatedAt: 1_000, synced: false, ...over });

describe("chooseStart", () => {
  it("opens a fresh form when nothing is kept here", () => {
    expect(chooseStart(null, server({ id: "new", fields: EMPTY_FIELDS, updatedAt: 0 }))).toEqual({ id: "new", fields: EMPTY_FIELDS, restored: false, unsynced: false });
  });

  it("brings back words typed offline when the server has no draft", () => {
    expect(chooseStart(local({ id: "mine" }), server({ id: "new", fields: EMPTY_FIELDS, updatedAt: 0 }))).toEqual({ id: "mine", fields: words("AB"), restored: true, unsynced: true });
  });

  it("keeps unsent words over an older autosave that landed later (stamped after them, on the server's clock)", () => {
    expect(chooseStart(local(), server())).toMatchObject({ fields: words("AB"), restored: true, unsynced: true });
  });

  it("says the words came back, and sends them again, when the server got them but this phone never heard", () => {
    expect(chooseStart(local({ fields: words("A") }), server())).toMatchObject({ fields: words("A"), restored: true, unsynced: true });
  });

  it("opens the server's draft when this phone's copy is one the server confirmed", () => {
    expect(chooseStart(local({ fields: words("A"), synced: true, updatedAt: 2_100 }), server())).toEqual({ id: "d1", fields: words("A"), restored: false, unsynced: false });
    expect(chooseStart(local({ synced: true }), server())).toMatchObject({ fields: words("A"), restored: false });
  });

  it("does not bring back an emptied draft over the server's words", () => {
    expect(chooseStart(local({ fields: EMPTY_FIELDS }), server())).toMatchObject({ fields: words("A"), restored: false });
  });

  it("edits to a saved entry (never autosaved) come back only when newer than the entry", () => {
    const saved = server({ draft: false, id: "e1", fields: words("saved"), updatedAt: 5_000 });
    expect(chooseStart(local({ id: "e1", updatedAt: 6_000 }), saved)).toMatchObject({ fields: words("AB"), restored: true, unsynced: true });
    expect(chooseStart(local({ id: "e1", updatedAt: 4_000 }), saved)).toMatchObject({ fields: words("saved"), restored: false });
  });
});
