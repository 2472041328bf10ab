export function makeSender(url: string) {
  return async (body: unknown) => fetch(url, { method: "POST", body: JSON.stringify(body) });
}

export function makeFormatter(prefix: string) {
  return (text: string) => `${prefix}${text}`;
}

export async function main(url: string) {
  return makeFormatter("> ")(url);
}
