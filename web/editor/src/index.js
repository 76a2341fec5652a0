// The SPARQL editor component of /sparql: CodeMirror 6 with the SPARQL mode of
// @codemirror/legacy-modes (highlighting), sparqljs (checking, as you type) and
// completion of keywords, prefixes and the ontology's terms by name or by label in
// either script. Bundled by scripts/build-editor.sh into api/static/vendor/; the page's
// own logic (running, the table, the permalink) is api/static/editor.js.
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { bracketMatching, defaultHighlightStyle, StreamLanguage, syntaxHighlighting } from "@codemirror/language";
import { sparql } from "@codemirror/legacy-modes/mode/sparql";
import { linter, lintGutter, lintKeymap, setDiagnostics } from "@codemirror/lint";
import { highlightSelectionMatches, searchKeymap } from "@codemirror/search";
import { EditorState, Prec } from "@codemirror/state";
import { EditorView, keymap, lineNumbers, placeholder } from "@codemirror/view";
import { Parser } from "sparqljs";

const KEYWORDS = [
  "SELECT", "DISTINCT", "REDUCED", "WHERE", "PREFIX", "BASE", "ASK", "CONSTRUCT", "DESCRIBE",
  "FROM", "NAMED", "GRAPH", "OPTIONAL", "UNION", "MINUS", "FILTER", "BIND", "VALUES", "AS",
  "GROUP BY", "HAVING", "ORDER BY", "ASC", "DESC", "LIMIT", "OFFSET", "NOT EXISTS", "EXISTS",
  "IN", "NOT IN", "COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT", "SEPARATOR",
  "langMatches", "lang", "str", "STRSTARTS", "CONTAINS", "REGEX", "COALESCE", "IF", "BOUND",
  "isIRI", "isLiteral", "YEAR", "xsd:date",
];

// Position (0-based offset) of a 1-based line and 0-based column, clamped to the text.
function offsetOf(doc, line, column) {
  const number = Math.min(Math.max(line, 1), doc.lines);
  const at = doc.line(number);
  return Math.min(at.from + Math.max(column, 0), at.to);
}

// Diagnostics of sparqljs for the query: [] when it parses. The parser knows the
// standard prefixes only when declared, so an undeclared prefix is reported too.
function check(view) {
  const text = view.state.doc.toString();
  if (!text.trim()) { return []; }
  try {
    new Parser({ skipValidation: false }).parse(text);
    return [];
  } catch (error) {
    const doc = view.state.doc;
    const loc = error.hash && error.hash.loc;
    let from = 0;
    let to = doc.length;
    if (loc) {
      from = offsetOf(doc, loc.first_line, loc.first_column);
      to = Math.max(from + 1, offsetOf(doc, loc.last_line, loc.last_column));
    } else {
      const prefix = /Unknown prefix: ([\w-]*)/.exec(error.message);
      const found = prefix ? text.indexOf(prefix[1] + ":") : -1;
      if (found >= 0) { from = found; to = found + prefix[1].length + 1; }
    }
    const message = error.message.split("\n").filter(function (line) {
      return !/^(\.\.\.|-+\^)/.test(line);
    }).join(" ").slice(0, 400);
    return [{ from: from, to: Math.min(Math.max(to, from), doc.length), severity: "error", message: message }];
  }
}

function declared(text, prefix) {
  return new RegExp("PREFIX\\s+" + prefix + ":", "i").test(text);
}

// Completes keywords, `PREFIX p: <iri>` declarations and the terms: a term is found by
// its prefixed name or by any of its labels (繁, 简, English); choosing one declares its
// prefix at the top of the query when the query does not declare it yet.
function completer(terms, prefixes) {
  return function (context) {
    const word = context.matchBefore(/[\w:\u3400-\u9fff\uf900-\ufaff-]+/u);
    const afterPrefix = context.matchBefore(/PREFIX\s+[\w-]*:?$/i);
    if (afterPrefix) {
      const typed = /[\w-]*:?$/.exec(afterPrefix.text)[0];
      return {
        from: afterPrefix.to - typed.length,
        options: Object.keys(prefixes).filter(function (p) {
          return (p + ":").indexOf(typed) === 0;
        }).map(function (p) {
          return { label: p + ": <" + prefixes[p] + ">", type: "namespace" };
        }),
        filter: false,
      };
    }
    if (!word || (word.from === word.to && !context.explicit)) { return null; }
    const typed = word.text.toLowerCase();
    const options = [];
    terms.forEach(function (term) {
      const names = [term.name].concat(term.labels);
      if (!typed || names.some(function (n) { return n.toLowerCase().indexOf(typed) >= 0; })) {
        options.push({
          label: term.name,
          detail: term.labels.join(" · "),
          info: term.iri,
          type: term.kind === "class" ? "class" : "property",
          boost: term.name.toLowerCase().indexOf(typed) === 0 || term.name.toLowerCase().indexOf(":" + typed) >= 0 ? 1 : 0,
          apply: function (view, completion, from, to) {
            const prefix = term.name.split(":")[0];
            const changes = [{ from: from, to: to, insert: term.name }];
            if (!declared(view.state.doc.toString(), prefix) && prefixes[prefix]) {
              changes.push({ from: 0, insert: "PREFIX " + prefix + ": <" + prefixes[prefix] + ">\n" });
            }
            view.dispatch({ changes: changes, userEvent: "input.complete" });
          },
        });
      }
    });
    if (!/:/.test(typed)) {
      KEYWORDS.forEach(function (k) {
        if (typed && k.toLowerCase().indexOf(typed) === 0) { options.push({ label: k, type: "keyword" }); }
      });
    }
    return { from: word.from, options: options, filter: false };
  };
}

// Creates the editor in `parent`. options: doc, terms [{name, iri, kind, labels}],
// prefixes {p: iri}, label (accessible name), onRun (Ctrl/Cmd+Enter).
export function createSparqlEditor(parent, options) {
  const run = keymap.of([{
    key: "Mod-Enter",
    run: function () { if (options.onRun) { options.onRun(); } return true; },
  }]);
  const view = new EditorView({
    parent: parent,
    state: EditorState.create({
      doc: options.doc || "",
      extensions: [
        Prec.highest(run),
        lineNumbers(),
        history(),
        bracketMatching(),
        closeBrackets(),
        highlightSelectionMatches(),
        StreamLanguage.define(sparql),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        autocompletion({ override: [completer(options.terms || [], options.prefixes || {})] }),
        linter(check, { delay: 300 }),
        lintGutter(),
        placeholder("SELECT * WHERE { ?s ?p ?o } LIMIT 10"),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ "aria-label": options.label || "SPARQL" }),
        keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, ...searchKeymap,
                   ...completionKeymap, ...lintKeymap]),  // Tab leaves the editor (keyboard users)
      ],
    }),
  });
  return {
    view: view,
    getValue: function () { return view.state.doc.toString(); },
    setValue: function (text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    // Marks the server's syntax error (1-based line and column) in the text.
    markError: function (line, column, message) {
      const from = offsetOf(view.state.doc, line, column - 1);
      const to = Math.min(from + 1, view.state.doc.length);
      view.dispatch(setDiagnostics(view.state, [{ from: from, to: Math.max(to, from), severity: "error", message: message }]));
    },
    focus: function () { view.focus(); },
  };
}
