export async function main(email: string | null, locale: string, amount: string, attempt: number) {
  if (!email) return { sent: false };
  const subject = locale.startsWith("de") ? `Zahlung fehlgeschlagen (${amount})` : `Payment failed (${amount})`;
  console.log(`mail ${email}: ${subject}, attempt ${attempt}`);
  return { sent: true, subject };
}
