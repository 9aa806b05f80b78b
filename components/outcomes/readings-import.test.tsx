import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { OutcomeSheetLinks } from "./outcome-sheet-links";
import { ReadingsImport } from "./readings-import";

describe("the Settings page's targets and readings", () => {
  it("offers a labelled file and paste field for readings, and a preview before anything is imported", () => {
    const html = renderToStaticMarkup(<ReadingsImport workspaceId="w1" />);
    expect(html).toMatch(/<label for="([^"]+)"[^>]*>Readings CSV file<\/label><input id="\1" type="file"/);
    expect(html).toMatch(/<label for="([^"]+)"[^>]*>Or paste the readings<\/label><textarea id="\1"/);
    expect(html).toContain('placeholder="journey,stage,touchpoint,measure,month,value,sample_size,source"');
    expect(html).toContain(">Preview readings</button>");
    expect(html).not.toContain("Import ");
  });

  it("links the targets and readings downloads of the workspace", () => {
    const html = renderToStaticMarkup(<OutcomeSheetLinks slug="demo" />);
    expect(html).toContain('href="/api/v1/targets?workspace=demo"');
    expect(html).toContain('href="/api/v1/readings?workspace=demo"');
    expect(html).toContain('href="/api/v1/readings?workspace=demo&amp;format=json"');
  });
});
