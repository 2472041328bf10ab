// Run a schema migration behind a maintenance window: enable maintenance mode,
// snapshot, migrate, and always switch maintenance mode off again.
import { task, taskScript, workflow } from "windmill-client";
import { $ } from "bun";

const takeSnapshot = taskScript("f/db/take_snapshot", { timeout: 1800 });
const restoreSnapshot = taskScript("f/db/restore_snapshot", { timeout: 3600 });

const setMaintenanceMode = task(async (app: string, enabled: boolean) => {
  await fetch(`https://admin.example/api/apps/${app}/maintenance`, { method: "PUT", body: JSON.stringify({ enabled }) });
});

const applyMigrations = task(
  async (database: string, targetVersion: string) => {
    const out = await $`npx prisma migrate deploy --schema ./schema.prisma`.env({ DATABASE_URL: database, TARGET: targetVersion }).text();
    return out.split("\n");
  },
  { timeout: 3600, tag: "db" },
);

export const main = workflow(async (app: string, database: string, targetVersion: string) => {
  await setMaintenanceMode(app, true);
  // Not `finally`: it would also run each time the workflow suspends inside the try,
  // switching maintenance off before the migration has even been dispatched.
  let log: string[] = [];
  const snapshot = await takeSnapshot({ database });
  try {
    log = await applyMigrations(database, targetVersion);
  } catch (e: any) {
    if (e?.name === "StepSuspend") throw e;
    await restoreSnapshot({ database, snapshot_id: snapshot.id });
    await setMaintenanceMode(app, false);
    return { status: "rolled_back", error: String(e?.message ?? e) };
  }
  await setMaintenanceMode(app, false);
  return { status: "migrated", log };
});
