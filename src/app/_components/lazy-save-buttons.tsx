"use client";

import dynamic from "next/dynamic";

/*
 * The Save buttons for pages most visitors only read: each loads (with the tRPC client it
 * needs) only where it is rendered, for the freelancer or client who can save.
 */
export const LazySaveProjectButton = dynamic(() =>
  import("./save-buttons").then((module) => module.SaveProjectButton),
);
