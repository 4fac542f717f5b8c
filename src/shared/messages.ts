/** A person's message, or the system telling of a contract event in the thread. */
export const messageKinds = ["text", "system"] as const;
export type MessageKind = (typeof messageKinds)[number];

/** Characters one message holds at most. */
export const MESSAGE_MAX = 5_000;
/** How long after sending its author may still edit a message. */
export const EDIT_WINDOW_MS = 15 * 60_000;
/** How long an unread message waits before its conversation is announced by email. */
export const UNREAD_EMAIL_AFTER_MS = 10 * 60_000;
/** How long a typing indicator lasts without a new keystroke. */
export const TYPING_TTL_MS = 6_000;
