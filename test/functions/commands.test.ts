/**
 * The ribbon commands script (src/commands) with office-addin-mock's Office
 * object: it waits for Office.onReady and touches nothing else.
 */
import { OfficeMockObject } from "office-addin-mock";
import { registreerOpdrachten } from "../../src/commands/commands";

// office-addin-mock needs only the OfficeApp host names from its copy of office-addin-manifest,
// whose dependency chain loads an ES module (strip-bom 5) that jest on Node 20 cannot require.
jest.mock(require.resolve("office-addin-manifest", { paths: [require.resolve("office-addin-mock")] }), () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
}));

test("registreerOpdrachten waits for Office.onReady", async () => {
  const onReady = jest.fn(async () => ({ host: "Excel", platform: "PC" }));
  const office = new OfficeMockObject({ onReady }) as unknown as Pick<typeof Office, "onReady">;
  await expect(registreerOpdrachten(office)).resolves.toBeUndefined();
  expect(onReady).toHaveBeenCalledTimes(1);
});

test("importing the script outside Office (no Office global) does nothing and does not throw", () => {
  expect(typeof (globalThis as { Office?: unknown }).Office).toBe("undefined");
  jest.isolateModules(() => {
    expect(() => require("../../src/commands/commands")).not.toThrow();
  });
});
