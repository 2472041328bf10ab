// SDK: no windmill-client import; a module of the dunning script (dunning__mod/)
export function reminderText(name: string, level: number, amount: string): string {
  const tone = level >= 3 ? "final notice" : level === 2 ? "second reminder" : "friendly reminder";
  return `Hi ${name}, this is a ${tone}: ${amount} is overdue.`;
}

export async function sendReminder(email: string, text: string): Promise<string> {
  const res = await fetch("https://mail.internal/send", {
    method: "POST",
    body: JSON.stringify({ to: email, text }),
  });
  return (await res.json()).messageId as string;
}
