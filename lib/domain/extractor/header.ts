/**
 * The lines above the body: labels ("FOR IMMEDIATE RELEASE"), a letterhead naming the issuing
 * body, the dateline, and the headline.
 */

import type { Range } from "./types";
import type { DatelineResult } from "./dateline";
import { lines, type Span } from "./text-utils";

export interface HeaderInfo {
  headline: string | null;
  headlineRange: Range | null;
  /** The issuing body named by a letterhead or a "Statement by X" title line. */
  letterhead: { org: string; range: Range } | null;
}

const LABEL_RE =
  /^(?:for immediate release|immediate release|press release|news release|media note|media advisory|press statement|statement|news|announcement|embargoed\b.*)[.:]?$/i;

const ORG_HEADS =
  /^(?:Ministry|Embassy|Office|Government|Administration|Presidency|Department|Agency|Cabinet|Consulate|Mission|Permanent|Secretariat|Parliament|Council|Commission|Committee|Central|State|National|Federal)\b/;
const ORG_TAILS =
  /\b(?:Company|Corporation|Inc\.?|Ltd\.?|LLC|PLC|plc|Group|Ministry|Agency|Bank|Foundation|Authority|Newsroom|Holding|Holdings)$/;
const PRESS_PREFIX =
  /^(?:The\s+)?(?:Press|Information|Media)\s+(?:Service|Office|Centre|Center|Department)\s+of\s+(?:the\s+)?/i;
const STATEMENT_PREFIX = /^(?:Statement|Press release|Comment|Information|Communiqué)\s+(?:by|of|from)\s+(?:the\s+)?/i;
const CONNECTOR = /^(?:of|the|and|for|in|&|on|at)$/;

/** A line that only names an organisation: "Ministry of Energy of the Republic of Azerbaijan". */
function letterheadOrg(line: string): string | null {
  const trimmed = line
    .trim()
    .replace(/:$/, "")
    .replace(/(?<!\b(?:Inc|Ltd|Co|Corp|Plc|S\.A|N\.V|B\.V))\.$/, "");
  const press = PRESS_PREFIX.exec(trimmed);
  if (press) {
    const rest = trimmed.slice(press[0].length).trim();
    return /^\p{Lu}/u.test(rest) ? rest : null;
  }
  const words = trimmed.split(/[\s,]+/).filter(Boolean);
  if (words.length === 0 || words.length > 14) return null;
  const allProper = words.every((w) => /^[\p{Lu}\d&]/u.test(w) || CONNECTOR.test(w));
  if (!allProper) return null;
  if (ORG_HEADS.test(trimmed) || ORG_TAILS.test(trimmed)) return trimmed.replace(/^The\s+/, "");
  return null;
}

function looksLikeHeadline(line: Span): boolean {
  const t = line.text.trim();
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 35 || t.length > 250) return false;
  if (/[.:;,]$/.test(t)) return false; // a headline carries no terminal full stop
  if (/^["“„«]/.test(t)) return false;
  return true;
}

/** How many lines from the top can still be header lines. */
const HEADER_LINES = 6;

export function readHeader(text: string, dateline: DatelineResult): HeaderInfo {
  const top = lines(text);
  let letterhead: HeaderInfo["letterhead"] = null;
  for (let i = 0; i < Math.min(HEADER_LINES, top.length); i++) {
    const line = top[i]!;
    if (LABEL_RE.test(line.text.trim())) continue;
    const dl = dateline.range;
    if (dl && dl[0] >= line.start && dl[0] < line.end) {
      if (dateline.ownLine) continue;
      break; // the dateline opens the body: no headline after it
    }
    const org = letterheadOrg(line.text);
    if (org) {
      const at = text.indexOf(org, line.start);
      letterhead ??= { org, range: [at, at + org.length] };
      continue;
    }
    const hasNext = i + 1 < top.length;
    if (hasNext && looksLikeHeadline(line)) {
      const statement = STATEMENT_PREFIX.exec(line.text);
      if (statement && !letterhead) {
        const orgText = line.text.slice(statement[0].length).trim();
        const at = line.start + line.text.indexOf(orgText);
        letterhead = { org: orgText, range: [at, at + orgText.length] };
      }
      return { headline: line.text.trim(), headlineRange: [line.start, line.end], letterhead };
    }
    break;
  }
  return { headline: null, headlineRange: null, letterhead };
}
