type Salesforce = { instance_url: string; token: string };

export async function main(salesforce: Salesforce, email: string, owner_team: string, sla_hours: number, industry?: string) {
  const res = await fetch(`${salesforce.instance_url}/services/data/v60.0/sobjects/Lead`, {
    method: "POST",
    headers: { Authorization: `Bearer ${salesforce.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ Email: email, Company: email.split("@")[1], Owner_Team__c: owner_team, SLA_Hours__c: sla_hours, Industry: industry }),
  });
  const body = await res.json();
  if (!res.ok) throw new Error(JSON.stringify(body));
  return { lead_id: body.id };
}
