export async function main(phone: string, when: string) {
  const t = new Date(when).toLocaleString("en-GB", { weekday: "long", hour: "2-digit", minute: "2-digit" });
  return { phone, text: `Reminder: your fitting is ${t}. Bring the shoes you will wear.` };
}
