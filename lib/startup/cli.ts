// `npm run db:migrate` and `npm run db:seed`: the same steps the server runs at start, for scripted installs
// and for teams that migrate before rolling out new instances. `npm run setup` is the first-run page's twin.

import { getDb } from "../db/client";
import { readAllStdin, runSetupCommand } from "../setup/cli";
import { describeDatabase, prepareDatabase } from "./prepare";

const USAGE = "usage: tsx lib/startup/cli.ts migrate|seed|setup [options]";

async function main(command: string | undefined): Promise<number> {
  if (command === "setup") {
    await prepareDatabase({ seed: false });
    const io = { readStdin: readAllStdin, info: console.info, error: console.error };
    return runSetupCommand((await getDb()).prisma, process.argv.slice(3), io);
  }
  if (command !== "migrate" && command !== "seed") {
    console.error(USAGE);
    return 2;
  }
  const { applied, seeded, notSeeded } = await prepareDatabase({ seed: command === "seed" });
  console.info(`Database: ${describeDatabase()}`);
  console.info(applied.length > 0 ? `Applied: ${applied.join(", ")}` : "No pending migrations.");
  if (command === "seed")
    console.info(
      seeded
        ? "Seeded the demo workspace."
        : `Not seeded: ${notSeeded ?? "the database already has a workspace."}`,
    );
  return 0;
}

main(process.argv[2])
  .then(async (code) => {
    await (await getDb()).close();
    process.exit(code);
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
