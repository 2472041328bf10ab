type Postmark = { server_token: string };

export async function main(postmark: Postmark, recipients: string[]) {
  const batch = recipients.map((to) => ({
    From: "accounts@acme.io",
    To: to,
    TemplateAlias: "inactive-account-warning",
    TemplateModel: { days: 7 },
  }));
  const res = await fetch("https://api.postmarkapp.com/email/batchWithTemplates", {
    method: "POST",
    headers: { "X-Postmark-Server-Token": postmark.server_token, "Content-Type": "application/json" },
    body: JSON.stringify({ Messages: batch }),
  });
  if (!res.ok) throw new Error(`Postmark: ${res.status}`);
  return { sent: batch.length };
}
