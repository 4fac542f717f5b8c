"use client";

import dynamic from "next/dynamic";

/** The Report button for pages most visitors only read: it loads for signed-in people only. */
export const LazyReportButton = dynamic(() =>
  import("./report-button").then((module) => module.ReportButton),
);
