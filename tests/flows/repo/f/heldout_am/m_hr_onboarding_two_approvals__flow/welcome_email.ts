export async function main(to: string, login: string, start_date: string, laptop_eta_days: number) {
  const body = `Welcome! Your account ${login} is ready for ${start_date}; your laptop ships in ${laptop_eta_days} days.`;
  const res = await fetch("https://mail.internal/send", { method: "POST", body: JSON.stringify({ to, body }) });
  return { sent: res.ok };
}
