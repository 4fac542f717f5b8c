import { describe, expect, it } from "vitest";

import {
  extensionOf,
  judgeContent,
  MARKUP_REFUSAL,
  nameRefusal,
  safeFileName,
  sizeRefusal,
  uploadLimit,
  type Content,
} from "./policy";

const MB = 1024 * 1024;
const text = (words: string): Content => ({ head: Buffer.from(words), text: true });
const sniffed = (ext: string, mime: string): Content => ({
  sniffed: { ext, mime },
  head: Buffer.alloc(16),
  text: false,
});

describe("safeFileName", () => {
  it.each([
    ["../../etc/passwd", "passwd"],
    ["C:\\Users\\me\\Desktop\\brief.pdf", "brief.pdf"],
    ["evil\u0000.pdf", "evil.pdf"],
    ["tab\tand\nnewline.txt", "tab and newline.txt"],
    ["  many   spaces  .md ", "many spaces .md"],
    ["invoice\u202Efdp.exe", "invoicefdp.exe"],
    ["..", "file"],
    ["/", "file"],
    ["", "file"],
    [".hidden", "hidden"],
    ["Résumé – final.pdf", "Résumé – final.pdf"],
  ])("%j → %j", (raw, safe) => {
    expect(safeFileName(raw)).toBe(safe);
  });

  it("caps a long name at 200 characters and keeps its extension", () => {
    const name = safeFileName(`${"a".repeat(300)}.docx`);
    expect(name).toHaveLength(200);
    expect(name.endsWith("a.docx")).toBe(true);
    // Characters, not UTF-16 halves: an emoji is never cut in two.
    expect(Array.from(safeFileName(`${"😀".repeat(250)}.png`))).toHaveLength(200);
  });
});

describe("limits", () => {
  it("caps pictures at 5 MB and everything else at the setting", () => {
    expect(uploadLimit("avatar", 25 * MB)).toBe(5 * MB);
    expect(uploadLimit("portfolio", 2 * MB)).toBe(2 * MB);
    expect(uploadLimit("attachment", 25 * MB)).toBe(25 * MB);
    expect(sizeRefusal("attachment", 25 * MB, 25 * MB)).toBeNull();
    expect(sizeRefusal("attachment", 25 * MB + 1, 25 * MB)).toBe(
      "This file is 25 MB. Files can be at most 25 MB.",
    );
    expect(sizeRefusal("deliverable", 0, 25 * MB)).toBe("This file is empty.");
  });
});

describe("names", () => {
  it("reads the extension a file manager would", () => {
    expect(extensionOf("site.tar.gz")).toBe("gz");
    expect(extensionOf("v1.2 final")).toBe("");
    expect(extensionOf("README")).toBe("");
    expect(extensionOf("Photo.JPG")).toBe("jpg");
  });

  it("refuses what is never kept before a byte is sent", () => {
    expect(nameRefusal("attachment", "logo.svg")).toBe(MARKUP_REFUSAL);
    expect(nameRefusal("attachment", "index.HTML")).toBe(MARKUP_REFUSAL);
    expect(nameRefusal("attachment", "tool.exe")).toMatch(/^Files named \.exe can't be shared/);
    expect(nameRefusal("avatar", "me.pdf")).toBe("Use a JPEG, PNG, WebP or GIF image here.");
    expect(nameRefusal("attachment", "README")).toBeNull();
    expect(nameRefusal("deliverable", "site.tar.gz")).toBeNull();
  });
});

describe("judgeContent", () => {
  it("keeps the allowlisted kinds by their sniffed type", () => {
    for (const [ext, mime] of [
      ["jpg", "image/jpeg"],
      ["pdf", "application/pdf"],
      ["docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
      ["7z", "application/x-7z-compressed"],
      ["tar", "application/x-tar"],
    ] as const)
      expect(judgeContent("attachment", `x.${ext}`, sniffed(ext, mime))).toEqual({
        ok: true,
        contentType: mime,
      });
  });

  it("refuses programs whatever their name, saying what they are", () => {
    expect(
      judgeContent("attachment", "cv.pdf", sniffed("exe", "application/x-msdownload")),
    ).toEqual({
      ok: false,
      message:
        "“cv.pdf” is a Windows program, not a PDF. Programs can't be shared here, whatever they are named.",
    });
    expect(judgeContent("deliverable", "build", sniffed("elf", "application/x-elf"))).toMatchObject(
      {
        ok: false,
        message: expect.stringMatching(/^“build” is a Linux program\. /),
      },
    );
  });

  it("refuses SVG and HTML however they arrive", () => {
    expect(judgeContent("attachment", "a.txt", sniffed("xml", "application/xml"))).toMatchObject({
      ok: false,
      message: MARKUP_REFUSAL,
    });
    for (const start of [
      "<svg xmlns='…'>",
      "\uFEFF  <!DOCTYPE html><p>",
      "<html>",
      "<script>x</script>",
    ])
      expect(judgeContent("attachment", "notes.txt", text(start))).toMatchObject({
        ok: false,
        message: MARKUP_REFUSAL,
      });
  });

  it("keeps plain text only when it is named as text", () => {
    expect(judgeContent("attachment", "data.csv", text("a,b\n1,2\n"))).toEqual({
      ok: true,
      contentType: "text/csv",
    });
    expect(judgeContent("attachment", "report.pdf", text("hello"))).toMatchObject({
      ok: false,
      message:
        "“report.pdf” is not a PDF: it holds plain text. Name it .txt if that is what it is.",
    });
    expect(judgeContent("attachment", "README", text("hello"))).toMatchObject({ ok: false });
    expect(
      judgeContent("attachment", "x.txt", { head: Buffer.from([0xff, 0xfe, 0]), text: false }),
    ).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^“x.txt” is not a text file: we couldn't recognise/),
    });
  });

  it("takes only pictures for avatars and portfolios", () => {
    expect(judgeContent("avatar", "me.png", sniffed("png", "image/png"))).toMatchObject({
      ok: true,
    });
    expect(judgeContent("portfolio", "me.png", sniffed("pdf", "application/pdf"))).toEqual({
      ok: false,
      message: "Use a JPEG, PNG, WebP or GIF image here.",
    });
    expect(judgeContent("avatar", "me.png", text("hello"))).toMatchObject({ ok: false });
  });
});
