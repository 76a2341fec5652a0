// Bundles src/index.js for the browser (run by scripts/build-editor.sh after `npm ci`).
//
// One change to a dependency, made here rather than by hand: style-mod (CodeMirror's
// style injector) puts its rules in a <style> element when the editor lives in a page's
// document, which the app's Content-Security-Policy (style-src 'self', no 'unsafe-inline')
// blocks, leaving the editor unstyled. It already uses a constructed stylesheet
// (document.adoptedStyleSheets, which CSP allows) inside shadow roots; the patch lets it
// do so for the document too. The build fails if the patched line is not found.
const esbuild = require("esbuild");
const fs = require("fs");

const [outfile, metafile] = process.argv.slice(2);
const ONLY_IN_SHADOW_ROOTS = "if (!root.head && root.adoptedStyleSheets && win.CSSStyleSheet) {";
const ALSO_IN_DOCUMENTS = "if (root.adoptedStyleSheets && win.CSSStyleSheet) {";

const constructedStylesheets = {
  name: "style-mod-constructed-stylesheets",
  setup(build) {
    build.onLoad({ filter: /style-mod[\\/]src[\\/]style-mod\.js$/ }, (args) => {
      const source = fs.readFileSync(args.path, "utf8");
      if (!source.includes(ONLY_IN_SHADOW_ROOTS)) {
        throw new Error("style-mod changed: review the constructed-stylesheet patch in build.js");
      }
      return { contents: source.replace(ONLY_IN_SHADOW_ROOTS, ALSO_IN_DOCUMENTS), loader: "js" };
    });
  },
};

esbuild.build({
  entryPoints: ["src/index.js"],
  bundle: true,
  minify: true,
  format: "iife",
  globalName: "PolicykgEditor",
  target: "es2020",
  legalComments: "none",
  metafile: true,
  outfile,
  plugins: [constructedStylesheets],
}).then((result) => {
  fs.writeFileSync(metafile, JSON.stringify(result.metafile));
}).catch(() => process.exit(1));
