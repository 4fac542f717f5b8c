import ReactMarkdown, { type Components } from "react-markdown";

/**
 * Renders Markdown a person typed (a brief, a bio) on the server. Safe by construction:
 * raw HTML is skipped, never parsed; react-markdown's URL filter drops `javascript:` and
 * other unsafe protocols; images are left out (they would load third-party content and the
 * CSP blocks them anyway); links open normally but carry `nofollow ugc` so typed links earn
 * no ranking. Headings are demoted so a bio never outranks the page's own `h1`.
 */
const components: Components = {
  h1: ({ children }) => <h3 className="text-lg font-semibold">{children}</h3>,
  h2: ({ children }) => <h3 className="text-lg font-semibold">{children}</h3>,
  h3: ({ children }) => <h4 className="font-semibold">{children}</h4>,
  a: ({ href, children }) => (
    <a
      href={href}
      rel="nofollow ugc noopener noreferrer"
      className="text-brand-700 dark:text-brand-300 underline underline-offset-2"
    >
      {children}
    </a>
  ),
};

export function Markdown({ text, className = "" }: { text: string; className?: string }) {
  return (
    <div
      className={`flex flex-col gap-3 leading-relaxed wrap-anywhere text-slate-800 dark:text-slate-200 [&_blockquote]:border-l-4 [&_blockquote]:border-slate-300 [&_blockquote]:pl-3 [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_code]:text-sm dark:[&_code]:bg-slate-800 [&_ol]:list-decimal [&_ol]:space-y-1 [&_ol]:pl-5 [&_pre]:overflow-x-auto [&_ul]:list-disc [&_ul]:space-y-1 [&_ul]:pl-5 ${className}`}
    >
      <ReactMarkdown skipHtml disallowedElements={["img"]} unwrapDisallowed components={components}>
        {text}
      </ReactMarkdown>
    </div>
  );
}
