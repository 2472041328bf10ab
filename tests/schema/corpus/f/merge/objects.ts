type Conf = { host: string; port?: number; tls: boolean };
export async function main(conf: Conf, inline: { a: string; b: { c: number } }, rec: Record<string, string>) {}
