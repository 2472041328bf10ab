export async function main(ticket: { id: number; subject: string }, position: number) {
  const s = ticket.subject.toLowerCase();
  const label = s.includes("invoice") ? "billing" : s.includes("unsubscribe") ? "spam" : "general";
  return { label, position };
}
