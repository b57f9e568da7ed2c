// Release files made in the tests (issue 15): the same made-up release as a Word document (headline as
// a heading, a bold lead paragraph, the signed documents in a table), a PDF (wrapped lines, paragraphs
// separated by space), a clipboard's HTML and a saved web page. Generated, never committed as binaries.
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { fillLines } from "../../lib/domain/extractor/line-wraps";

export const SAMPLE = {
  headline: "Northland and Southland sign memorandum on river research",
  lead: "RIVERTON, March 3, 2025 – The Ministry of Water of Northland and the Ministry of Environment of Southland signed a Memorandum of Understanding on River Research today.",
  quote:
    "“This memorandum gives our scientists one river to study instead of two,” said Anna Berg, Minister of Water of Northland.",
  more: "The memorandum sets up a joint laboratory and an exchange of data between the two ministries.",
  date: "2025-03-03",
  agreementTitle: "Memorandum of Understanding on River Research",
  parties: ["Ministry of Water of Northland", "Ministry of Environment of Southland"],
  speaker: "Anna Berg",
  quoteText: "This memorandum gives our scientists one river to study instead of two.",
} as const;

export async function sampleDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: SAMPLE.headline, heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun({ text: SAMPLE.lead, bold: true })] }),
          new Paragraph({ text: SAMPLE.quote }),
          new Paragraph({ text: SAMPLE.more, alignment: AlignmentType.LEFT }),
          new Paragraph({ text: "Documents signed:" }),
          new Table({
            rows: [
              new TableRow({
                children: ["1", "Memorandum of Understanding on River Research", SAMPLE.parties.join(", ")].map(
                  (text) => new TableCell({ children: [new Paragraph({ text })] }),
                ),
              }),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Lines wrapped at about 70 characters, 14 pt apart, paragraphs 28 pt apart: as word processors print. */
export async function samplePdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  let y = 800;
  for (const paragraph of [SAMPLE.headline, SAMPLE.lead, SAMPLE.quote, SAMPLE.more]) {
    for (const line of fillLines(paragraph.replace(/[“”]/g, '"').replace(/–/g, "-"), 80).split("\n")) {
      page.drawText(line, { x: 50, y, size: 10, font });
      y -= 14;
    }
    y -= 14;
  }
  return Buffer.from(await pdf.save());
}

/** What a browser puts on the clipboard when a web page's article is copied. */
export const sampleClipboardHtml = `<meta charset="utf-8"><h1 style="font-size:2em">${SAMPLE.headline}</h1><p><b>${SAMPLE.lead}</b></p><p>${SAMPLE.quote}</p><ul><li>${SAMPLE.more}</li></ul>`;

/** A saved public page: navigation, the article, a footer. */
export const samplePage = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${SAMPLE.headline} | Ministry of Water</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/contact">Contact</a></nav>
<main><article><h1>${SAMPLE.headline}</h1><p>${SAMPLE.lead}</p><p>${SAMPLE.quote}</p><p>${SAMPLE.more}</p></article></main>
<footer><p>© Ministry of Water of Northland. All rights reserved.</p><ul><li><a href="/privacy">Privacy</a></li></ul></footer></body></html>`;
