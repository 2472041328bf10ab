// SDK: windmill-client 1.818.0 client.mjs: runFlowAsync POSTs JobService.runFlowByPath (a new flow job every call); the body replays after every task, so each round starts the decoration flow again
import { task, workflow, sleep, runFlowAsync } from "windmill-client";

type Party = { bookingRef: string; child: string; age: number; room: string; startsAt: string; guests: number };

const reserveCake = task(async (party: Party, theme: string) => {
  const r = await fetch("https://bakery.example-partner.com/orders", {
    method: "POST",
    body: JSON.stringify({ ref: party.bookingRef, name: party.child, age: party.age, theme }),
  });
  return (await r.json()).orderId as string;
});

const sendInvites = task(async (party: Party, emails: string[]) => {
  const r = await fetch("https://mail.lockbox-escapes.example/batch", {
    method: "POST",
    body: JSON.stringify({ template: "party-invite", party, to: emails }),
  });
  return (await r.json()).sent as number;
});

const THEMES: Record<string, string> = { vault: "heist", lab: "mad-science", crypt: "spooky" };

export const main = workflow(async (party: Party, guestEmails: string[], hoursBefore = 2) => {
  const theme = THEMES[party.room] ?? "classic";
  const cakeOrder = await reserveCake(party, theme);
  const invited = await sendInvites(party, guestEmails);
  const decorationJob = await runFlowAsync("f/parties/decorate_room", { room: party.room, theme, startsAt: party.startsAt }); // expect: WAC101
  await sleep(hoursBefore * 3600);
  return { bookingRef: party.bookingRef, cakeOrder, invited, decorationJob };
});
