type Env = "dev" | "prod";
type Key = `app-${Env}`;

export async function main(key: Key, raw: `id-${string}` = "id-1") {
  return key;
}
