// SDK: client.mjs 1.818.0 task wrapper dispatches on call; a table of tasks keyed by an enum, picked by a constant member, still returns the thenable the body drops here
import { task, workflow } from "windmill-client";

enum EventKind {
  Signup = "signup",
  Upgrade = "upgrade",
  Churn = "churn",
}

type CrmEvent = { kind: EventKind; accountId: string; plan?: string };

const onSignup = task(async function onSignup(accountId: string) {
  await fetch("https://api.hubapi.com/crm/v3/objects/companies", {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.HUBSPOT_TOKEN}` },
    body: JSON.stringify({ properties: { account_id: accountId, lifecyclestage: "customer" } }),
  });
  return { accountId, synced: true };
});

const onUpgrade = task(async function onUpgrade(accountId: string, plan: string) {
  await fetch(`https://api.hubapi.com/crm/v3/objects/companies/${accountId}`, {
    method: "PATCH",
    headers: { Authorization: `Bearer ${process.env.HUBSPOT_TOKEN}` },
    body: JSON.stringify({ properties: { plan } }),
  });
  return { accountId, plan };
});

const onChurn = task(async function onChurn(accountId: string) {
  await fetch(`https://hooks.slack.com/services/${process.env.SLACK_HOOK}`, {
    method: "POST",
    body: JSON.stringify({ text: `:warning: account ${accountId} churned` }),
  });
  return { accountId, alerted: true };
});

const HANDLERS = {
  [EventKind.Signup]: onSignup,
  [EventKind.Upgrade]: onUpgrade,
  [EventKind.Churn]: onChurn,
};

export const main = workflow(async (events: CrmEvent[]) => {
  let handled = 0;
  for (const ev of events) {
    if (ev.kind === EventKind.Upgrade) {
      await HANDLERS[EventKind.Upgrade](ev.accountId, ev.plan ?? "pro");
    } else if (ev.kind === EventKind.Churn) {
      HANDLERS[EventKind.Churn](ev.accountId); // expect: WAC106
    } else {
      await HANDLERS[EventKind.Signup](ev.accountId);
    }
    handled++;
  }
  return { handled };
});
