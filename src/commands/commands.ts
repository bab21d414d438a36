/**
 * Ribbon commands. The only button (Start > Banenafspraak) opens the task pane
 * through the manifest's ShowTaskpane action, which needs no code. With the
 * shared runtime this script runs in the task pane page (the manifest's
 * FunctionFile is Taskpane.Url); commands.html hosts it on its own for Office
 * versions without a shared runtime. Register ExecuteFunction actions here,
 * each with Office.actions.associate, when a button needs to run code.
 */
export function registreerOpdrachten(office: Pick<typeof Office, "onReady">): Promise<void> {
  return office.onReady().then(() => undefined);
}

if (typeof Office !== "undefined") void registreerOpdrachten(Office);
