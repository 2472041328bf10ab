type Auth =
  | { kind: "token"; token: string }
  | { kind: "basic"; user: string; password: string }
  | { kind: "none" };

type Target = { type: "s3"; bucket: string } | { type: "gcs"; bucket: string; project?: string };

export async function main(auth: Auth, target: Target, maybe?: Auth, list: Target[] = []) {
  return auth;
}
