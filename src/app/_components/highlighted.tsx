const START = "\u0002";
const END = "\u0003";

/**
 * Text with search matches marked by the server's control-character delimiters, rendered
 * as <mark> elements. The text stays text: nothing from a brief is ever parsed as HTML.
 */
export function Highlighted({ text }: { text: string }) {
  const parts = text.split(START);
  return (
    <>
      {parts.map((part, index) => {
        if (index === 0) return <span key={index}>{part.replaceAll(END, "")}</span>;
        const [matched = "", rest = ""] = part.split(END);
        return (
          <span key={index}>
            <mark className="rounded-sm bg-amber-200 px-0.5 text-inherit dark:bg-amber-700/60">
              {matched}
            </mark>
            {rest}
          </span>
        );
      })}
    </>
  );
}
