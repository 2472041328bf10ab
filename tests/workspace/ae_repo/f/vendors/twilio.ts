const SID = "AC_harbor";

export async function sendSms(to: string, body: string): Promise<string> {
  const resp = await fetch(`https://api.twilio.com/2010-04-01/Accounts/${SID}/Messages.json`, {
    method: "POST",
    body: new URLSearchParams({ To: to, Body: body }),
  });
  return ((await resp.json()) as { sid: string }).sid;
}

export function e164(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  return digits.startsWith("1") ? `+${digits}` : `+1${digits}`;
}
