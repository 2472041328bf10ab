// MISTAKE: the WAC primitives are used through a namespace import. Windmill's
// WAC parser does not recognise `wmill.workflow(...)` and finds no workflow.
// (wmill.getVariable inside a task body is fine.)
import * as wmill from "windmill-client";

type User = { id: string; plan?: string };

const listNewUsers = wmill.task(async (since: string): Promise<User[]> => { // expect: WAC002
  const token = await wmill.getVariable("f/identity/api_token");
  const res = await fetch(`https://identity.example/api/users?created_after=${since}`, { headers: { Authorization: `Bearer ${token}` } });
  return await res.json();
});

const provisionWorkspace = wmill.taskScript("f/workspaces/provision", { timeout: 300 }); // expect: WAC002

export const main = wmill.workflow(async (since: string) => { // expect: WAC002
  const users = await listNewUsers(since);
  const provisioned: string[] = [];
  for (const user of users) {
    const ws = await provisionWorkspace({ owner: user.id, plan: user.plan ?? "free" });
    provisioned.push(ws.workspace_id);
  }
  await wmill.sleep(30); // expect: WAC002
  const approval = await wmill.waitForApproval({ timeout: 3600 }); // expect: WAC002
  return { provisioned, approvedBy: approval.approver };
});
