// Serves the built site with nginx and the server block the build generated (deploy/nginx.conf), as a
// production host would: `node scripts/serve-nginx.ts <port>`. The browser tests start it to check the
// headers in force. nginx runs in the foreground as the current user, on 127.0.0.1 only, with its pid,
// logs and temp files in a temporary folder; on SIGTERM or SIGINT it is stopped by its process id.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { dirname, join } from "node:path";
import { deployDir, distDir, requireBuild } from "../tooling/built-site.ts";

const port = Number(process.argv[2] ?? 4330);
const dir = distDir();
requireBuild(dir);

/** nginx's own config folder (for mime.types), from `nginx -V`: /etc/nginx on Debian. */
function nginxConfigFolder(): string {
  const { stderr } = spawnSync("nginx", ["-V"], { encoding: "utf8" }); // nginx prints its build options on stderr
  return dirname(/--conf-path=(\S+)/.exec(stderr)?.[1] ?? "/etc/nginx/nginx.conf");
}

// The generated block listens on port 80 for a real server; here it listens on a loopback port.
const generated = readFileSync(join(deployDir(dir), "nginx.conf"), "utf8");
const listen = /^(\s*)listen 80;$/m;
if (!listen.test(generated)) throw new Error("deploy/nginx.conf has no `listen 80;` line to point at the test port.");
const site = generated.replace(listen, `$1listen 127.0.0.1:${port};`);

const temp = mkdtempSync(join(tmpdir(), "no-contact-nginx-"));
writeFileSync(join(temp, "site.conf"), site);
writeFileSync(
  join(temp, "nginx.conf"),
  `# Only what a test run needs around the generated server block.
${process.getuid?.() === 0 ? `user ${userInfo().username};\n` : ""}worker_processes 1;
pid ${temp}/nginx.pid;
error_log stderr warn;
events { worker_connections 128; }
http {
    include ${nginxConfigFolder()}/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${temp}/client-body;
    proxy_temp_path ${temp}/proxy;
    fastcgi_temp_path ${temp}/fastcgi;
    uwsgi_temp_path ${temp}/uwsgi;
    scgi_temp_path ${temp}/scgi;
    include ${temp}/site.conf;
}
`,
);

const nginx = spawn("nginx", ["-p", temp, "-e", "stderr", "-c", join(temp, "nginx.conf"), "-g", "daemon off;"], { stdio: "inherit" });
console.log(`nginx (pid ${nginx.pid}) serving ${dir} at http://127.0.0.1:${port}/`);

function stop(): void {
  if (nginx.exitCode === null && nginx.pid !== undefined) process.kill(nginx.pid, "SIGQUIT");
}
nginx.on("exit", (code, signal) => {
  rmSync(temp, { recursive: true, force: true });
  process.exit(signal === "SIGQUIT" || code === 0 ? 0 : 1);
});
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
