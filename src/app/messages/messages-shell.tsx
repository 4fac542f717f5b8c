"use client";

import { useSelectedLayoutSegment } from "next/navigation";
import type { ReactNode } from "react";

/**
 * Two columns from `md` up: the inbox, and the conversation (or a prompt to choose one). On a
 * phone, /messages shows the inbox and /messages/<id> the conversation alone. The columns are
 * as tall as the window below the header, so a thread scrolls inside itself and its composer
 * stays in view.
 */
export function MessagesShell({ inbox, children }: { inbox: ReactNode; children: ReactNode }) {
  const open = useSelectedLayoutSegment() !== null;
  return (
    <div
      className={`grid gap-4 md:h-[calc(100dvh-8rem)] md:min-h-[32rem] md:grid-cols-[minmax(0,20rem)_minmax(0,1fr)] ${open ? "h-[calc(100dvh-8rem)] min-h-[28rem]" : ""}`}
    >
      <div className={`min-h-0 min-w-0 flex-col ${open ? "hidden md:flex" : "flex"}`}>{inbox}</div>
      <div className={`min-h-0 min-w-0 flex-col ${open ? "flex" : "hidden md:flex"}`}>
        {children}
      </div>
    </div>
  );
}
