/**
 * What a person's live stream carries, shared by the server that writes it and the tab that
 * reads it. Stored events have ids in an ordered log; later features add theirs here.
 */
export interface StreamEventData {
  /** A new notification, and the unread count after it. */
  notification: { notificationId: string; unread: number };
  /** The unread count changed (marked read here or in another tab). */
  unread: { unread: number };
  /**
   * A message in one of my conversations: a new one (mine from another tab included), or one
   * edited or deleted. `unreadMessages` is my unread total after it.
   */
  message: {
    conversationId: string;
    messageId: string;
    seq: number;
    change: "new" | "edited" | "deleted";
    unreadMessages: number;
  };
  /** Someone read a conversation up to `seq`: the other member's receipt, or me in another tab. */
  read: { conversationId: string; userId: string; seq: number; unreadMessages: number };
}
export type StreamEventType = keyof StreamEventData;

/**
 * A signal that is never stored (someone is typing): it reaches the streams open at the moment
 * it is sent, and a stream that misses it loses nothing that matters, as it expires on its own.
 */
export interface EphemeralSignal {
  type: "typing";
  data: { conversationId: string; userId: string; name: string; until: number };
}

/** One event as a stream delivers it. */
export type LiveEvent =
  | { [T in StreamEventType]: { type: T; data: StreamEventData[T] } }[StreamEventType]
  | EphemeralSignal;
