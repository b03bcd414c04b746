// @ts-check
// npm scripts must run on the project's pinned Node (the `node` devDependency), not the machine's.
// This one file stays JavaScript: it must run, and explain, on a Node too old to run the TypeScript scripts.
const required = 22;
const major = Number(process.versions.node.split(".")[0]);
// The scripts are TypeScript run by Node's own type stripping, on by default since Node 22.18.
if (major < required || !process.features.typescript) {
  console.error(
    `No Contact needs Node ${required}.18+ (it runs TypeScript scripts) but this is Node ${process.versions.node}. ` +
      "Run it through npm (npm start, npm test) so the project's pinned Node 24 is used; " +
      "if that still fails, reinstall without --ignore-scripts (npm ci).",
  );
  process.exit(1);
}
console.log(`Node ${process.versions.node} (${process.execPath})`);
