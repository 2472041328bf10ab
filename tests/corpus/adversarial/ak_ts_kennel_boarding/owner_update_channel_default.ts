// SDK: windmill-client 1.818.0 index.js `task` wrapper returns `ctx._nextStep(...)`, a bare `{ then }`; a task picked by destructuring with a default is still that wrapper, and calling it as a statement leaves the update's result and failure unobserved
// Agent-written: owners pick a channel for daily photo updates; SMS is the default when the preference is unknown.
import { task, workflow } from "windmill-client";

const sendSms = task(async function sendSms(ownerId: string, text: string): Promise<{ sid: string }> {
  const r = await fetch("https://sms.pawsinn.example/v1/messages", { method: "POST", body: JSON.stringify({ ownerId, text }) });
  return (await r.json()) as { sid: string };
});

const sendEmail = task(async function sendEmail(ownerId: string, text: string): Promise<{ sid: string }> {
  const r = await fetch("https://mail.pawsinn.example/v1/send", { method: "POST", body: JSON.stringify({ ownerId, text }) });
  return (await r.json()) as { sid: string };
});

const pickPhotos = task(async function pickPhotos(dogId: string, day: number): Promise<string[]> {
  const r = await fetch(`https://cams.pawsinn.example/api/dogs/${dogId}/best?day=${day}`);
  return (await r.json()) as string[];
});

const CHANNELS: Record<string, { send?: typeof sendSms }> = {
  sms: { send: sendSms },
  email: { send: sendEmail },
};

export const main = workflow(async (dogId: string, ownerId: string, preference: string, nights: number) => {
  const { send = sendSms } = CHANNELS[preference] ?? {};
  for (let day = 1; day <= nights; day++) {
    const photos = await pickPhotos(dogId, day);
    send(ownerId, `Day ${day}: ${photos.join(" ")}`); // expect: WAC106
  }
  return { dogId, nights };
});
