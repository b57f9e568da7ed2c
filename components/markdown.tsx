import ReactMarkdown, { type Components, type Options } from "react-markdown";
import remarkGfm from "remark-gfm";

// Release bodies are Markdown written by editors. react-markdown renders to React elements and
// ignores raw HTML (no rehype-raw: it is shown as text), and its default URL transform drops
// javascript: and similar links.
export function Markdown({ source }: { source: string }) {
  return renderMarkdown(source);
}

/**
 * The same rendering, called at once rather than as a child element, with extra remark plugins and
 * element overrides: components/release-body.tsx reads what its plugin found before rendering the rest.
 * (react-markdown's synchronous renderer uses no hooks, so calling it as a function is safe.)
 */
export function renderMarkdown(
  source: string,
  extra: { remarkPlugins?: NonNullable<Options["remarkPlugins"]>; components?: Components } = {},
) {
  return ReactMarkdown({
    children: source,
    remarkPlugins: [remarkGfm, ...(extra.remarkPlugins ?? [])],
    components: extra.components,
  });
}
