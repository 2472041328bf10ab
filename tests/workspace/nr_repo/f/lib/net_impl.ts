export async function postEvent(url: string, event: object): Promise<number> {
  const res = await fetch(url, { method: "POST", body: JSON.stringify(event) });
  return res.status;
}

export function eventName(kind: string): string {
  return `evt.${kind}`;
}

export async function main(url: string) {
  return postEvent(url, {});
}
