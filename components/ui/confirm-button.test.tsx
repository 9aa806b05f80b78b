import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DeleteButton } from "@/components/structure/delete-button";
import { ConfirmButton } from "./confirm-button";

const succeed = async () => ({ ok: true as const, data: null });

describe("ConfirmButton", () => {
  it("names its dialog by the title, describes it by the body, and puts Cancel before the confirm button", () => {
    const html = renderToStaticMarkup(
      <ConfirmButton
        label="Remove"
        accessibleName="Remove Ada"
        title="Remove Ada?"
        confirmLabel="Remove Ada"
        pendingLabel="Removing…"
        run={succeed}
        success="Removed Ada."
      >
        <p>Ada loses access.</p>
      </ConfirmButton>,
    );
    expect(html).toContain('aria-label="Remove Ada">Remove</button>');
    const labelledBy = html.match(/aria-labelledby="([^"]+)"/)?.[1];
    const describedBy = html.match(/aria-describedby="([^"]+)"/)?.[1];
    expect(html).toContain(`<h2 id="${labelledBy}" class="text-lg font-semibold">Remove Ada?</h2>`);
    expect(html).toContain(
      `<div id="${describedBy}" class="mt-2 grid gap-2 text-sm text-slate-700"><p>Ada loses access.</p>`,
    );
    expect(html.indexOf(">Cancel</button>")).toBeLessThan(html.indexOf(">Remove Ada</button>"));
  });
});

describe("DeleteButton", () => {
  const props = { what: "stage “Compare”", name: "Compare", remove: succeed, focusAfterId: "stages-heading" };

  it("says what else goes with the item", () => {
    const html = renderToStaticMarkup(<DeleteButton {...props} alsoDeletes="3 touchpoints" />);
    expect(html).toContain("This also deletes <strong");
    expect(html).toContain(">3 touchpoints</strong>. This cannot be undone.");
    expect(html).toContain(">Delete stage “Compare”</button>");
  });

  it("says when nothing else goes", () => {
    const html = renderToStaticMarkup(<DeleteButton {...props} alsoDeletes={null} />);
    expect(html).toContain("Nothing else goes with it. This cannot be undone.");
  });

  it("offers only Cancel when the delete is blocked, and says why", () => {
    const html = renderToStaticMarkup(
      <DeleteButton {...props} alsoDeletes="3 touchpoints" blockedReason="2 members belong to it." />,
    );
    expect(html).toContain("<p>2 members belong to it.</p>");
    expect(html).not.toContain("This also deletes");
    expect(html).toContain(">Cancel</button>");
    expect(html).not.toContain(">Delete stage “Compare”</button>");
  });
});
