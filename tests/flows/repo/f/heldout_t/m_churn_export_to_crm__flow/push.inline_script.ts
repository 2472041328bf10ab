type Hubspot = { token: string };
type Score = { account_id: string; score: number };

export async function main(hubspot: Hubspot, scores: Score[], batch_size: number = 100) {
  let pushed = 0;
  for (let i = 0; i < scores.length; i += batch_size) {
    const inputs = scores.slice(i, i + batch_size).map((s) => ({
      idProperty: "account_id",
      id: s.account_id,
      properties: { churn_score: s.score.toFixed(3) },
    }));
    const res = await fetch("https://api.hubapi.com/crm/v3/objects/companies/batch/upsert", {
      method: "POST",
      headers: { Authorization: `Bearer ${hubspot.token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ inputs }),
    });
    if (!res.ok) throw new Error(`hubspot ${res.status}`);
    pushed += inputs.length;
  }
  return { pushed };
}
