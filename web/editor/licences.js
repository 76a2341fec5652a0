// Writes the licence of every npm package that went into the bundle (from esbuild's
// metafile) next to it, so the served file carries its notices.
const fs = require("fs");
const path = require("path");
const [metafile, output] = process.argv.slice(2);
const inputs = Object.keys(JSON.parse(fs.readFileSync(metafile, "utf8")).inputs);
const packages = new Set();
for (const input of inputs) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (match) { packages.add(match[1]); }
}
const parts = [];
for (const name of [...packages].sort()) {
  const dir = path.join("node_modules", name);
  const meta = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
  const file = fs.readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  const text = file ? fs.readFileSync(path.join(dir, file), "utf8").trim() : "(no licence file; package.json says " + meta.license + ")";
  parts.push(`${name} ${meta.version} (${meta.license})\n\n${text}\n`);
}
fs.writeFileSync(output, parts.join("\n" + "-".repeat(72) + "\n\n"));
console.log(`${packages.size} packages: ${[...packages].sort().join(", ")}`);
