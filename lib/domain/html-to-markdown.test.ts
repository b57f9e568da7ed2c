import { describe, expect, it } from "vitest";
import { htmlToMarkdown } from "./html-to-markdown";

// Clipboard samples written for these tests in the shape each source puts on the clipboard (Word for
// Windows, Google Docs in Chromium, a news web page), plus HTML meant to do harm.

const WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document>
<title>Release draft</title>
<style><!-- /* Style Definitions */ p.MsoNormal, li.MsoNormal {mso-style-parent:""; margin:0cm; font-size:11.0pt;} --></style>
<!--[if gte mso 9]><xml><w:WordDocument><w:Zoom>100</w:Zoom></w:WordDocument></xml><![endif]--></head>
<body lang=EN-GB link="#0563C1" style='tab-interval:36.0pt'>
<!--StartFragment-->
<p class=MsoTitle><span lang=EN-GB>Ministers agree on transit<o:p></o:p></span></p>
<h2><span lang=EN-GB>Background<o:p></o:p></span></h2>
<p class=MsoNormal><span lang=EN-GB>The <b style='mso-bidi-font-weight:normal'>Memorandum</b> was signed
in <i style='mso-bidi-font-style:normal'>Tbilisi</i> on&nbsp;14&nbsp;March.<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Indented with spaces, as Word users do.<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span lang=EN-GB><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=EN-GB>Freight<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-add-space:auto;text-indent:-18.0pt;mso-list:l1 level2 lfo2'><![if !supportLists]><span lang=EN-GB><span style='mso-list:Ignore'>a.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=EN-GB>Rail<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span lang=EN-GB><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=EN-GB>Customs<o:p></o:p></span></p>
<p class=MsoNormal>See <a href="https://example.org/transit">the ministry&#8217;s page</a> and <a name="_Toc123">this anchor</a>.<!-- [if supportFields]> <span style='mso-element:field-begin'></span><![endif] --></p>
<!--EndFragment-->
</body></html>`;

const GOOGLE_DOCS = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-5e1b2c3d-7fff-a1b2-c3d4-0123456789ab"><h1 dir="ltr" style="line-height:1.38;margin-top:20pt;margin-bottom:6pt;"><span style="font-size:20pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;vertical-align:baseline;white-space:pre-wrap;">Talks in Tbilisi</span></h1><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;font-style:normal;">The delegation met </span><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:700;font-style:normal;">on Monday</span><span style="font-size:11pt;font-weight:400;"> and </span><span style="font-size:11pt;font-weight:400;font-style:italic;">agreed</span><span style="font-weight:400;"> on a </span><a href="https://example.org/plan" style="text-decoration:none;"><span style="font-size:11pt;color:#1155cc;font-weight:400;text-decoration:underline;">joint plan</span></a><span style="font-weight:400;">.</span></p><br><ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:disc;font-size:11pt;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-weight:400;">Freight</span></p></li><li dir="ltr" style="list-style-type:disc;font-size:11pt;" aria-level="1"><p dir="ltr" style="line-height:1.38;" role="presentation"><span style="font-weight:700;">Energy</span></p></li></ul><br><ol start="3"><li dir="ltr" aria-level="1"><p dir="ltr" role="presentation"><span>Third</span></p></li><li dir="ltr" aria-level="1"><p dir="ltr" role="presentation"><span>Fourth</span></p></li></ol></b><br class="Apple-interchange-newline">`;

const WEB_PAGE = `<meta charset='utf-8'><nav class="crumbs"><a href="/">Home</a></nav><article class="story"><h2 class="story__title" style="color: rgb(20, 20, 20); font-family: Georgia, serif;">Ports reopen after the storm</h2><figure><img src="https://example.org/port.jpg" alt="The port"><figcaption>Photo: Agency</figcaption></figure><p style="margin: 0 0 1em;">Ships <strong>resumed</strong> loading on <em>Tuesday</em>, the <a href="https://example.org/authority" target="_blank" rel="noopener">port authority</a> said.</p><blockquote><p>“We are open again.”</p></blockquote><ul><li>Container terminal</li><li>Grain terminal<ul><li>Berth 4</li></ul></li></ul><table><tbody><tr><td>Ships</td><td>12</td></tr></tbody></table><p>Share: <button onclick="share()">Share</button></p></article>`;

describe("issue 12.2: HTML pasted into the body becomes Markdown", () => {
  it("Word: title and headings, paragraphs, bold and italic, numbered and nested lists, links; Office markup gone", () => {
    expect(htmlToMarkdown(WORD)).toBe(
      [
        "Ministers agree on transit",
        "",
        "## Background",
        "",
        "The **Memorandum** was signed in *Tbilisi* on 14 March.",
        "",
        "Indented with spaces, as Word users do.",
        "",
        "1. Freight",
        "    1. Rail",
        "2. Customs",
        "",
        "See [the ministry’s page](https://example.org/transit) and this anchor.",
      ].join("\n"),
    );
  });

  it("Google Docs: the all-bold wrapper is not bold, styled spans are bold or italic, lists are tight", () => {
    expect(htmlToMarkdown(GOOGLE_DOCS)).toBe(
      [
        "## Talks in Tbilisi",
        "",
        "The delegation met **on Monday** and *agreed* on a [joint plan](https://example.org/plan).",
        "",
        "- Freight",
        "- **Energy**",
        "",
        "3. Third",
        "4. Fourth",
      ].join("\n"),
    );
  });

  it("a web page: text and structure stay, images, buttons and styles go", () => {
    expect(htmlToMarkdown(WEB_PAGE)).toBe(
      [
        "Home",
        "",
        "## Ports reopen after the storm",
        "",
        "Photo: Agency",
        "",
        "Ships **resumed** loading on *Tuesday*, the [port authority](https://example.org/authority) said.",
        "",
        "> “We are open again.”",
        "",
        "- Container terminal",
        "- Grain terminal",
        "  - Berth 4",
        "",
        "Ships",
        "",
        "12",
        "",
        "Share:",
      ].join("\n"),
    );
  });

  it("hostile HTML: no script, style or event handler text, no javascript: or data: links, no raw HTML", () => {
    const hostile = [
      `<script>alert("x")</script><style>body{display:none}</style>`,
      `<p onclick="alert(1)">Click <a href="javascript:alert(1)">here</a> or <a href=" JaVaScRiPt:alert(2)">there</a>`,
      ` or <a href="data:text/html;base64,PHNjcmlwdD4=">data</a> or <a href="vbscript:x">vb</a>.</p>`,
      `<img src=x onerror="alert(3)"><svg onload="alert(4)"><text>svg words</text></svg>`,
      `<iframe src="https://evil.example"></iframe><object data="x.swf">object words</object>`,
      `<p>&lt;script&gt;alert(5)&lt;/script&gt; stays text</p>`,
      `<p><a href="https://example.org/a(b) c">odd address</a></p>`,
      `<form action="https://evil.example"><input value="secret"><textarea>typed</textarea></form>`,
      `<p>Stars * and [brackets] and _under_ stay literal.</p>`,
    ].join("");
    const markdown = htmlToMarkdown(hostile);
    expect(markdown).toBe(
      [
        "Click here or there or data or vb.",
        "",
        "\\<script>alert(5)\\</script> stays text",
        "",
        "[odd address](https://example.org/a%28b%29%20c)",
        "",
        "Stars \\* and \\[brackets\\] and \\_under\\_ stay literal.",
      ].join("\n"),
    );
    expect(markdown).not.toMatch(/alert\(\d\)"|javascript|data:|onerror|onclick|display:none|secret|typed/i);
  });

  it("nothing worth keeping gives an empty text, so the browser's own paste can take over", () => {
    expect(htmlToMarkdown("<style>p{}</style><!-- only a comment --><img src=x>")).toBe("");
    expect(htmlToMarkdown("")).toBe("");
  });
});
