"use client";

import { Button } from "~/app/_components/form/submit-button";

/** Opens the browser's print dialog (where "Save as PDF" is also offered). */
export function PrintButton() {
  return (
    <Button type="button" onClick={() => window.print()}>
      Print
    </Button>
  );
}
