"use client";

import dynamic from "next/dynamic";

/*
 * What only a freelancer sees on a project page, each in a chunk of its own that loads when it
 * is rendered: the proposal form brings zod and the tRPC client with it, which a visitor who
 * only reads the project never downloads. The server still renders them into the HTML.
 */
export const InvitationNote = dynamic(() =>
  import("./invitation-note").then((module) => module.InvitationNote),
);
export const YourProposal = dynamic(() =>
  import("./your-proposal").then((module) => module.YourProposal),
);
