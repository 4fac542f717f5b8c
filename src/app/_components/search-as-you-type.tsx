"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";

const PAUSE_MS = 300;

/**
 * Runs the search as a person types: after a short pause in the words box, or at once when a
 * filter changes, the URL is replaced with the form's values (the same URL the Search button
 * would open), so results stay shareable and Back still leaves the page. The form keeps
 * working without JavaScript. The page must render the form at the same place whatever the
 * results, so React keeps it (and the focus in it) across the navigation; the page announces
 * the new result count in a status region.
 */
export function SearchAsYouType({ formId }: { formId: string }) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const run = () => {
      const params = new URLSearchParams();
      for (const [key, value] of new FormData(form)) {
        if (typeof value === "string" && value.trim() !== "") params.set(key, value.trim());
      }
      const query = params.toString();
      const path = new URL(form.action).pathname;
      router.replace(query ? `${path}?${query}` : path, { scroll: false });
    };
    const onInput = (event: Event) => {
      clearTimeout(timer.current);
      const typing = event.target instanceof HTMLInputElement && event.target.type !== "checkbox";
      timer.current = setTimeout(run, typing ? PAUSE_MS : 0);
    };
    form.addEventListener("input", onInput);
    return () => {
      form.removeEventListener("input", onInput);
      clearTimeout(timer.current);
    };
  }, [formId, router]);
  return null;
}
