/**
 * Renders a plain-text brief as paragraphs and bullet lists (lines starting with "- ").
 * Text is rendered as React text nodes, never as HTML, so nothing a client types can inject markup.
 */
export function PlainText({ text }: { text: string }) {
  const blocks = text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  const grouped: ({ kind: "p"; text: string } | { kind: "ul"; items: string[] })[] = [];
  for (const block of blocks) {
    const lines = block.split("\n");
    if (lines.every((line) => line.startsWith("- "))) {
      const previous = grouped.at(-1);
      const items = lines.map((line) => line.slice(2));
      if (previous?.kind === "ul") previous.items.push(...items);
      else grouped.push({ kind: "ul", items });
    } else {
      grouped.push({ kind: "p", text: block });
    }
  }
  return (
    <div className="flex flex-col gap-3 leading-relaxed text-slate-800 dark:text-slate-200">
      {grouped.map((block, index) =>
        block.kind === "p" ? (
          <p key={index} className="whitespace-pre-line">
            {block.text}
          </p>
        ) : (
          <ul key={index} className="list-disc space-y-1 pl-5">
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>{item}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
