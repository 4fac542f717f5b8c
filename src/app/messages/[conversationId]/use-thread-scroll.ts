"use client";

import { useEffect, useLayoutEffect, useRef, useState } from "react";

/** How close to the bottom still counts as reading the newest messages. */
const NEAR_BOTTOM_PX = 96;
/** How close to the top starts loading older messages. */
const NEAR_TOP_PX = 80;

/**
 * Where the thread's scroll box stands. Read at the bottom, it stays there as messages arrive
 * and as content changes size (a picture, an edit box, the window); scrolled up, it stays put
 * and says newer messages arrived below. Older messages put above keep what is on screen in
 * place. Reaching the top asks for older ones.
 */
export function useThreadScroll({
  newestSeq,
  firstSeq,
  pendingCount,
  loadOlder,
}: {
  newestSeq: number;
  firstSeq: number | undefined;
  pendingCount: number;
  /** Loads older messages, if any: false when there are none or they are already loading. */
  loadOlder: () => boolean;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);
  const keepFromBottom = useRef<number | null>(null);
  const [atBottom, setAtBottom] = useState(true);
  const [seenSeq, setSeenSeq] = useState(newestSeq);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || keepFromBottom.current === null) return;
    element.scrollTop = element.scrollHeight - keepFromBottom.current;
    keepFromBottom.current = null;
  }, [firstSeq]);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (element && pinned.current) element.scrollTop = element.scrollHeight;
  }, [newestSeq, pendingCount]);

  useEffect(() => {
    const element = scroller.current;
    const content = element?.firstElementChild;
    if (!element || !content) return;
    const observer = new ResizeObserver(() => {
      if (pinned.current) element.scrollTop = element.scrollHeight;
    });
    observer.observe(element);
    observer.observe(content);
    return () => observer.disconnect();
  }, []);

  const showOlder = () => {
    const element = scroller.current;
    const before = element ? element.scrollHeight - element.scrollTop : null;
    if (loadOlder()) keepFromBottom.current = before;
  };

  return {
    scroller,
    showOlder,
    /** Newer messages arrived below while the reader was further up. */
    missed: !atBottom && newestSeq > seenSeq,
    onScroll: () => {
      const element = scroller.current;
      if (!element) return;
      const bottom =
        element.scrollHeight - element.scrollTop - element.clientHeight < NEAR_BOTTOM_PX;
      pinned.current = bottom;
      setAtBottom(bottom);
      if (bottom) setSeenSeq(newestSeq);
      if (element.scrollTop < NEAR_TOP_PX) showOlder();
    },
    /** Follow the newest again (my own message is on its way, or I asked to). */
    toBottom: (smooth = false) => {
      pinned.current = true;
      const element = scroller.current;
      element?.scrollTo({ top: element.scrollHeight, behavior: smooth ? "smooth" : "auto" });
    },
  };
}
