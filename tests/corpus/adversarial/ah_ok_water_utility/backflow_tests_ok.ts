// SDK: windmill-client 1.818.0 sleep(seconds) in a reminder loop and a keyed waitForApproval (client.d.ts 644, 713); the clock only inside step() and converted right after the checkpoint; new Date(input) and Intl.NumberFormat of numbers are pure
import { getApprovalUrls, sleep, step, task, waitForApproval, workflow } from "windmill-client";

type Device = { serial: string; account: string; lastTest: string; email: string };

const DAY = 86_400;
const money = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });

const dueDevices = task(async (cutoff: string): Promise<Device[]> => {
  const res = await fetch(`https://cross.water.example/backflow/due?before=${cutoff}`);
  return (await res.json()) as Device[];
});

const remind = task(async (d: Device, round: number, fee: string) => {
  await fetch("https://mail.water.example/send", {
    method: "POST",
    body: JSON.stringify({ to: d.email, template: "backflow_due", round, serial: d.serial, fee }),
  });
});

const testFiled = task(async (serial: string): Promise<boolean> => {
  const res = await fetch(`https://cross.water.example/backflow/${serial}/latest`);
  const body = (await res.json()) as { passed: boolean | null };
  return body.passed !== null;
});

const shutoffOrder = task(async (account: string, approver: string) => {
  const res = await fetch("https://cmms.water.example/shutoff", { method: "POST", body: JSON.stringify({ account, approver }) });
  return (await res.json()) as { orderId: string };
});

export const main = workflow(async (cutoff: string, lateFee: number = 75, inspector: string = "cross-connection") => {
  const cutoffDate = new Date(cutoff);
  if (Number.isNaN(cutoffDate.getTime())) throw new Error(`bad cutoff: ${cutoff}`);
  const startedAt = new Date(await step("started_at", () => new Date().toISOString()));
  const devices = await dueDevices(cutoffDate.toISOString().slice(0, 10));
  let pending = devices;
  for (let round = 1; round <= 3 && pending.length > 0; round++) {
    for (const d of pending) await remind(d, round, money.format(lateFee * (round - 1)));
    await sleep(14 * DAY);
    const filed = await Promise.all(pending.map((d) => testFiled(d.serial)));
    pending = pending.filter((_, i) => !filed[i]);
  }
  if (pending.length === 0) return { devices: devices.length, shutoffs: [] };
  const urls = await step("inspector_urls", () => getApprovalUrls("shutoff_review"));
  console.log(`review ${pending.length} shutoffs: ${urls.approvalPage}`);
  const review = await waitForApproval({ key: "shutoff_review", timeout: 7 * DAY });
  if (!review.approved) return { devices: devices.length, shutoffs: [], held: pending.length };
  const orders = [];
  for (const d of pending) orders.push(await shutoffOrder(d.account, review.approver));
  const days = Math.round((Date.parse(cutoff) - startedAt.getTime()) / (DAY * 1000));
  return { devices: devices.length, shutoffs: orders.map((o) => o.orderId), daysFromStart: days, by: inspector };
});
