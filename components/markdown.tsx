import ReactMarkdown from "react-markdown";
import remarkGfm from "remark-gfm";

// Release bodies are Markdown written by editors. react-markdown renders to React elements and
// ignores raw HTML (no rehype-raw), and its default URL transform drops javascript: and similar links.
export function Markdown({ source }: { source: string }) {
  return <ReactMarkdown remarkPlugins={[remarkGfm]}>{source}</ReactMarkdown>;
}
