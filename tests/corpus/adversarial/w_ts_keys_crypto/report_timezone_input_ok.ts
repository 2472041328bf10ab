// SDK: windmill-client 1.818.0 replays the body each round; formatting an input date with an explicit timeZone and locale is the same everywhere
import { task, workflow } from "windmill-client";

const renderStatement = task(async (accountId: string, month: string, timeZone: string) => {
  const res = await fetch(`https://statements.internal/${accountId}/${month}?tz=${encodeURIComponent(timeZone)}`, {
    method: "POST",
  });
  return ((await res.json()) as { pdfUrl: string }).pdfUrl;
});

const mailStatement = task(async (accountId: string, pdfUrl: string, subject: string) => {
  await fetch(`https://mail.internal/statements`, { method: "POST", body: JSON.stringify({ accountId, pdfUrl, subject }) });
  return true;
});

export const main = workflow(async (accountId: string, month: string, timeZone: string = "Europe/Paris") => {
  const label = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone }).format(
    new Date(`${month}-15T12:00:00Z`),
  );
  const pdfUrl = await renderStatement(accountId, month, timeZone);
  await mailStatement(accountId, pdfUrl, `Your statement for ${label}`);
  return { pdfUrl, label };
});
