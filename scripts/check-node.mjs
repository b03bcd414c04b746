// npm scripts must run on the project's pinned Node (the `node` devDependency), not the machine's.
const required = 22;
const major = Number(process.versions.node.split(".")[0]);
if (major < required) {
  console.error(
    `No Contact needs Node ${required}+ but this is Node ${process.versions.node}. ` +
      "Run it through npm (npm start, npm test) so the project's pinned Node 24 is used; " +
      "if that still fails, reinstall without --ignore-scripts (npm ci).",
  );
  process.exit(1);
}
console.log(`Node ${process.versions.node} (${process.execPath})`);
