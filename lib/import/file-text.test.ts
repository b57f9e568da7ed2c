import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { zipCentralDirectory } from "../domain/media/sniff";
import { SAMPLE, sampleDocx, samplePdf, samplePage } from "@/test/support/release-files";
import { htmlToImportText } from "../domain/import/import-text";
import { extractRelease } from "../domain/extractor";
import { fileToText, IMPORT_FILE_MAX_BYTES } from "./file-text";

const text = async (bytes: Uint8Array | Buffer | string) => {
  const answer = await fileToText(typeof bytes === "string" ? new TextEncoder().encode(bytes) : new Uint8Array(bytes));
  if (!answer.ok) throw new Error(answer.message);
  return answer.text;
};

describe("issue 15: a file's text for the extractor", () => {
  it("issue 15: a Word file keeps its heading, bold lead and table rows as separate lines", async () => {
    const t = await text(await sampleDocx());
    const paragraphs = t.split("\n\n");
    expect(paragraphs[0]).toBe(SAMPLE.headline);
    expect(paragraphs[1]).toBe(SAMPLE.lead);
    expect(paragraphs).toContain(SAMPLE.quote);
    expect(paragraphs).toContain(`1. Memorandum of Understanding on River Research – ${SAMPLE.parties.join(", ")}`);
    expect(t).not.toMatch(/\*\*|^#/m);
  });

  it("issue 15: a PDF's wrapped lines are joined into its paragraphs", async () => {
    const paragraphs = (await text(await samplePdf())).split("\n\n");
    expect(paragraphs).toEqual([
      SAMPLE.headline,
      SAMPLE.lead.replace("–", "-"),
      SAMPLE.quote.replace(/[“”]/g, '"'),
      SAMPLE.more,
    ]);
  });

  it("issue 15: a web page, Markdown and plain text files", async () => {
    expect(await text(samplePage)).toContain(`${SAMPLE.headline}\n\n`);
    expect(await text(`# ${SAMPLE.headline}\n\n**${SAMPLE.lead}**\n\n- one\n- two\n`)).toBe(
      `${SAMPLE.headline}\n\n${SAMPLE.lead}\n\n- one\n- two`,
    );
    expect(await text(`\uFEFF${SAMPLE.headline}\r\n\r\n${SAMPLE.lead}\r\n`)).toBe(
      `${SAMPLE.headline}\n\n${SAMPLE.lead}`,
    );
  });

  it("issue 15: refused files say what they look like", async () => {
    const refused = async (bytes: Uint8Array) => {
      const answer = await fileToText(bytes);
      return answer.ok ? "accepted" : answer.message;
    };
    expect(await refused(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 1, 2, 3]))).toMatch(/a Linux program: choose a Word/);
    expect(await refused(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toMatch(/a JPEG image/);
    expect(await refused(new Uint8Array())).toMatch(/empty/);
    expect(await refused(new Uint8Array(IMPORT_FILE_MAX_BYTES + 1))).toMatch(/larger than 10 MB/);
    expect(await refused(new TextEncoder().encode("%PDF-1.7\nnot really a pdf"))).toMatch(/could not be read/);
  });

  it("issue 15: clipboard HTML keeps paragraphs and list items, without Markdown marks", () => {
    expect(
      htmlToImportText(
        '<h2>Title</h2><p>First <b>bold</b> and <a href="https://x.example/a_(b)">a link</a>.</p><ul><li>One</li><li>Two</li></ul><p>1. Not a list</p>',
      ),
    ).toBe("Title\n\nFirst bold and a link.\n\n- One\n- Two\n\n1. Not a list");
  });

  it("issue 15: a text longer than the converters are given is refused before converting", async () => {
    const answer = await fileToText(new TextEncoder().encode(`# Title\n\n${"word ".repeat(220_000)}`));
    expect(answer.ok ? "accepted" : answer.message).toMatch(/longer than 1,000,000 characters/);
    const page = await fileToText(new TextEncoder().encode(`<p>${"[<tr>".repeat(210_000)}</p>`));
    expect(page.ok ? "accepted" : page.message).toMatch(/longer than 1,000,000 characters/);
  });

  it("issue 15: a Word file whose entries unpack to more than 50 MB is refused before unpacking", async () => {
    // The sample's central directory, each entry claiming 20 MB once unpacked (what a zip bomb claims).
    const bytes = new Uint8Array(await sampleDocx());
    const directory = zipCentralDirectory(bytes.subarray(Math.max(0, bytes.length - 22 - 0xffff)), bytes.length)!;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let at = directory.offset; view.getUint32(at, true) === 0x02014b50;) {
      view.setUint32(at + 24, 20 * 1024 * 1024, true);
      at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    const answer = await fileToText(bytes);
    expect(answer.ok ? "accepted" : answer.message).toMatch(/unpacks to more than 50 MB/);
  });

  it("issue 15: a PDF's line its writer ended (a date above the text) keeps its break, and its date is read", async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const page = pdf.addPage([595, 842]);
    const lines = [
      "FOR PRESS 6 May 1976",
      "The Governments of Northland and Southland today signed a Memorandum of Understanding on",
      "River Research, which sets up a joint laboratory and an exchange of data between the two",
      "ministries.",
    ];
    lines.forEach((line, i) => page.drawText(line, { x: 50, y: 700 - i * 14, size: 10, font }));
    page.drawText(SAMPLE.more, { x: 50, y: 700 - 6 * 14, size: 10, font });
    const t = await text(await pdf.save());
    expect(t.split("\n\n")[0]).toBe(`FOR PRESS 6 May 1976\n${lines.slice(1).join(" ")}`);
    expect(extractRelease(`${SAMPLE.headline}\n\n${t}`).dateline.date).toBe("1976-05-06");
  });

  it("issue 15: a paragraph the page break cuts goes on at the top of the next page", async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const first = pdf.addPage([595, 842]);
    const second = pdf.addPage([595, 842]);
    const draw = (page: typeof first, lines: string[], top: number) =>
      lines.forEach((line, i) => page.drawText(line, { x: 50, y: top - i * 14, size: 10, font }));
    draw(first, [SAMPLE.headline], 780);
    draw(
      first,
      [
        "“This memorandum gives our scientists one river to study instead of two, and a laboratory",
        "that both ministries will run together from the first day of the next season, so that the",
      ],
      100,
    );
    draw(second, ["data of the two banks are read as one,” said Anna Berg, Minister of Water of Northland."], 780);
    draw(second, [SAMPLE.more], 740);
    const paragraphs = (await text(await pdf.save())).split("\n\n");
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[1]).toMatch(
      /^“This memorandum .* so that the data of the two banks .* Minister of Water of Northland\.$/,
    );
    expect(extractRelease(paragraphs.join("\n\n")).quotes.map((q) => q.speaker)).toEqual(["Anna Berg"]);
  });

  it("issue 15: a PDF of more than 50 pages is refused", async () => {
    const pdf = await PDFDocument.create();
    for (let n = 0; n < 51; n++) pdf.addPage([200, 200]);
    const answer = await fileToText(await pdf.save());
    expect(answer.ok ? "accepted" : answer.message).toMatch(/more than 50 pages/);
  });
});
