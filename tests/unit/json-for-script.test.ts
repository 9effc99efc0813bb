import { describe, expect, it } from "vitest";
import { jsonForScript } from "@/lib/render/json-for-script";

describe("jsonForScript", () => {
  const tricky = { headline: 'Why "</script><script>alert(1)</script>" & <!-- break pages' };

  it("leaves no '<' for the HTML parser to find, so </script> and <!-- cannot end the element", () => {
    expect(jsonForScript(tricky)).not.toContain("<");
  });

  it("is the same JSON to a JSON parser", () => {
    expect(JSON.parse(jsonForScript(tricky))).toEqual(tricky);
  });
});
