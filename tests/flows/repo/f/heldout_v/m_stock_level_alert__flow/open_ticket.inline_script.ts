type Jira = { base_url: string; email: string; api_token: string };

export async function main(jira: Jira, sku: string, on_hand: number, family: string) {
  const res = await fetch(`${jira.base_url}/rest/api/3/issue`, {
    method: "POST",
    headers: {
      Authorization: `Basic ${btoa(`${jira.email}:${jira.api_token}`)}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({
      fields: {
        project: { key: "BUY" },
        issuetype: { name: "Task" },
        summary: `Reorder ${sku} (${family}): ${on_hand} left`,
        labels: ["stock-alert", family],
      },
    }),
  });
  if (!res.ok) throw new Error(`Jira: ${res.status}`);
  const issue = await res.json();
  return { key: issue.key as string, url: `${jira.base_url}/browse/${issue.key}` };
}
