#!/usr/bin/env bash
# Refreshes the vendored Markdown editor (Toast UI Editor) in the admin theme from npm, so that the portal
# itself needs nothing but the .NET SDK. Needs node and npm; run it after changing the versions below, then
# check the editors in the browser tests (tests/Portal.Browser.Tests) and commit the files it wrote.
#
# The npm package's browser build expects ProseMirror as separate globals, so the editor, its ProseMirror
# dependencies and its Chinese locale are bundled into one file with esbuild; the licences of everything
# bundled are kept at the end of that file.
set -euo pipefail

EDITOR_VERSION=3.2.2
ESBUILD_VERSION=0.24.2

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="$root/src/Themes/Portal.Themes.Admin/wwwroot/lib/toastui-editor"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --ignore-scripts "@toast-ui/editor@$EDITOR_VERSION" "esbuild@$ESBUILD_VERSION" >/dev/null
cat > entry.js <<'JS'
import Editor from '@toast-ui/editor';
import '@toast-ui/editor/dist/i18n/zh-cn';
window.toastui = { Editor: Editor };
JS
# The portal's CSP allows no inline styles (style-src 'self'). The editor writes some through markup: its virtual DOM
# sets a `style` given as text (or null) as an attribute, and its toolbar tooltip is parsed from HTML with one. Both are rewritten to
# set the same style through the DOM (element.style), which the CSP allows. The build fails if either is not found.
cat > build.mjs <<'JS'
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';

const patches = [
  [
    "else if (propName === 'style' && isObject_1(props[propName])) {",
    "else if (propName === 'style' && !isObject_1(props[propName])) { node.style.cssText = props[propName] || ''; }\n" +
      "            else if (propName === 'style' && isObject_1(props[propName])) {",
  ],
  [
    '"\\" style=\\"display:none\\">',
    '"\\">',
  ],
  [
    'this.tooltipRef.current = createElementWith(tooltip, this.refs.el);',
    "this.tooltipRef.current = createElementWith(tooltip, this.refs.el);\n        this.tooltipRef.current.style.display = 'none';",
  ],
];

const withoutInlineStyles = {
  name: 'without-inline-styles',
  setup(esbuild) {
    esbuild.onLoad({ filter: /@toast-ui[\\/]editor[\\/]dist[\\/]esm[\\/]index\.js$/ }, async (args) => {
      let source = await readFile(args.path, 'utf8');
      for (const [from, to] of patches) {
        if (source.split(from).length !== 2) {
          throw new Error('The editor changed: patch not found exactly once: ' + from);
        }
        source = source.replace(from, to);
      }
      return { contents: source, loader: 'js' };
    });
  },
};

await build({
  entryPoints: ['entry.js'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2019',
  legalComments: 'eof',
  outfile: process.argv[2],
  plugins: [withoutInlineStyles],
});
JS
node build.mjs "$target/toastui-editor.js"
cp node_modules/@toast-ui/editor/dist/toastui-editor.css "$target/toastui-editor.css"
{
    echo "@toast-ui/editor $EDITOR_VERSION (MIT, NHN Cloud), bundled with esbuild $ESBUILD_VERSION by scripts/vendor-editor.sh."
    echo "Licences: the editor, ProseMirror, orderedmap, rope-sequence and w3c-keyname MIT; DOMPurify Apache-2.0 or MPL-2.0."
    echo "Patched while bundling to set its few inline styles through the DOM, as the CSP requires (see the script)."
    echo "Their notices are at the end of toastui-editor.js. Bundled packages:"
    npm ls --all --parseable --long 2>/dev/null | sed -n 's#.*/node_modules/[^:]*:\(.*\)$#  \1#p' | grep -v esbuild | sort -u
} > "$target/VERSION"
echo "Vendored @toast-ui/editor $EDITOR_VERSION into ${target#$root/}"
