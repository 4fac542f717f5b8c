import { describe, expect, it } from "vitest";

import { mergeThread, type ThreadData, type ThreadMessage } from "./merge-thread";

const at = new Date("2030-01-15T10:00:00Z");

function message(seq: number, body = `Message ${seq}`): ThreadMessage {
  return {
    id: `m${seq}`,
    conversationId: "c1",
    seq,
    kind: "text",
    event: null,
    sender: { id: "u1", name: "Amara" },
    mine: false,
    body,
    deleted: false,
    hidden: false,
    hiddenNote: null,
    editedAt: null,
    createdAt: at,
    editableUntil: null,
    attachments: [],
  };
}

/** A page of the thread holding messages `from`..`to`, as the server answers it. */
function page(from: number, to: number, extra: Partial<ThreadData> = {}): ThreadData {
  const messages = Array.from({ length: to - from + 1 }, (_, i) => message(from + i));
  return {
    conversation: {
      id: "c1",
      project: { id: "p1", title: "Menu board" },
      contractId: null,
      other: { id: "u1", name: "Amara" },
      myRole: "freelancer",
      lastSeq: to,
    },
    messages,
    olderBefore: from > 1 ? from : null,
    myLastReadSeq: 0,
    otherLastReadSeq: 0,
    blocked: { byMe: false, byThem: false },
    ...extra,
  };
}

const seqs = (thread: ThreadData) => thread.messages.map((m) => m.seq);

describe("mergeThread", () => {
  it("keeps the older messages already loaded when the newest page is read again", () => {
    const loaded = {
      ...page(11, 40),
      messages: [...page(1, 10).messages, ...page(11, 40).messages],
    };
    loaded.olderBefore = null;
    const merged = mergeThread(loaded, page(13, 42));
    expect(seqs(merged)).toEqual(Array.from({ length: 42 }, (_, i) => i + 1));
    expect(merged.olderBefore).toBeNull();
    expect(merged.conversation.lastSeq).toBe(42);
  });

  it("takes the newer copy of a message (edited, deleted)", () => {
    const edited = page(1, 3);
    edited.messages[1] = { ...message(2, "Changed"), editedAt: at };
    const merged = mergeThread(page(1, 3), edited);
    expect(merged.messages[1]).toMatchObject({ body: "Changed", editedAt: at });
  });

  it("starts again from the newest page when it no longer meets what was loaded", () => {
    const merged = mergeThread(page(1, 30), page(41, 70));
    expect(seqs(merged)).toEqual(Array.from({ length: 30 }, (_, i) => i + 41));
    expect(merged.olderBefore).toBe(41);
  });

  it("only moves read positions forward", () => {
    const merged = mergeThread(
      page(1, 3, { myLastReadSeq: 3, otherLastReadSeq: 2 }),
      page(1, 3, { myLastReadSeq: 1, otherLastReadSeq: 3 }),
    );
    expect(merged).toMatchObject({ myLastReadSeq: 3, otherLastReadSeq: 3 });
  });

  it("takes the whole answer the first time", () => {
    const first = page(5, 9);
    expect(mergeThread(undefined, first)).toBe(first);
  });
});
