// The query editor's page: the editor (static/vendor/sparql-editor.js), the examples, running
// a query (Ctrl+Enter), a results table that sorts and pages, IRIs of this store linked to
// their /id/ pages, downloads, and the permalink: the query lives in the page's URL.
(function () {
  "use strict";
  const setup = JSON.parse(document.getElementById("editor-setup").textContent);
  const examples = JSON.parse(document.getElementById("examples").textContent);
  const words = setup.words;
  const form = document.getElementById("editor");
  const textarea = document.getElementById("query");
  const picker = document.getElementById("example");
  const status = document.getElementById("status");
  const results = document.getElementById("results");
  const permalink = document.getElementById("permalink");
  const downloads = form.querySelector(".downloads");
  const csvButton = document.getElementById("download-csv");
  const jsonButton = document.getElementById("download-json");
  const NUMERIC = /#(integer|decimal|double|float|long|int|short|nonNegativeInteger|positiveInteger)$/;
  const SAFE_LINK = /^https?:\/\//i;
  const PAGE_SIZES = [25, 50, 100];
  const COLLATOR = new Intl.Collator("zh");  // made once: localeCompare builds one per call

  // Without the bundle (an old browser) the plain textarea and the GET form still work.
  let editor = null;
  if (window.PolicykgEditor) {
    const host = document.getElementById("code");
    host.hidden = false;
    textarea.hidden = true;
    editor = window.PolicykgEditor.createSparqlEditor(host, {
      doc: textarea.value, terms: setup.terms, prefixes: setup.prefixes,
      label: document.getElementById("query-label").textContent, onRun: run,
    });
    document.getElementById("query-label").addEventListener("click", function () { editor.focus(); });
  }
  function queryText() { return editor ? editor.getValue() : textarea.value; }
  function setQuery(text) { if (editor) { editor.setValue(text); } else { textarea.value = text; } }

  picker.addEventListener("change", function () {
    if (picker.value !== "") { setQuery(examples[Number(picker.value)].query); }
  });

  // -- the permalink -----------------------------------------------------------------------
  function urlFor(text) { return "/sparql?" + new URLSearchParams({ query: text }).toString(); }
  function remember(text) {
    const url = urlFor(text);
    permalink.href = url;
    history.replaceState(null, "", url);
    const other = document.getElementById("script-switch");  // keeps the query on a switch
    if (other) {
      const target = new URL(other.href, location.href);
      target.searchParams.set("query", text);
      other.href = target.pathname + target.search;
    }
  }

  // -- the table ---------------------------------------------------------------------------
  const PREFIXES = Object.entries(setup.prefixes);
  function shortName(iri) {
    for (const [prefix, namespace] of PREFIXES) {
      if (iri.startsWith(namespace) && /^[\w-]+$/.test(iri.slice(namespace.length))) {
        return prefix + ":" + iri.slice(namespace.length);
      }
    }
    return iri;
  }
  function hrefOf(iri) {
    if (iri.startsWith(setup.base)) {
      // the browser encodes the rest; `?` and `#` would end the path
      return "/id/" + iri.slice(setup.base.length).replace(/[?#]/g, encodeURIComponent);
    }
    return SAFE_LINK.test(iri) ? iri : null;  // never a javascript: or data: link
  }

  function cell(term) {
    const td = document.createElement("td");
    if (!term) { return td; }
    if (term.type === "uri") {
      const href = hrefOf(term.value);
      const shown = document.createElement(href ? "a" : "span");
      if (href) { shown.href = href; }
      shown.textContent = shortName(term.value);
      shown.title = term.value;
      td.appendChild(shown);
    } else {
      const value = document.createElement("span");
      value.textContent = term.value;
      if (term["xml:lang"]) { value.lang = term["xml:lang"]; }
      td.appendChild(value);
      const note = term["xml:lang"] ? "@" + term["xml:lang"] : (term.datatype ? shortName(term.datatype) : "");
      if (note) {
        const small = document.createElement("small"); small.className = "muted"; small.textContent = " " + note;
        td.appendChild(small);
      }
    }
    return td;
  }

  function compare(a, b) {
    if (!a || !b) { return (a ? 0 : 1) - (b ? 0 : 1); }  // unbound last
    const numeric = a.datatype && b.datatype && NUMERIC.test(a.datatype) && NUMERIC.test(b.datatype);
    if (numeric) { return Number(a.value) - Number(b.value); }
    return COLLATOR.compare(a.value, b.value);
  }

  // A table over `body` (SPARQL JSON results), sorted and paged in the page.
  function ResultTable(body) {
    this.vars = body.head.vars;
    this.rows = body.results.bindings;
    this.order = this.rows.slice();
    this.sortedBy = null;
    this.descending = false;
    this.size = PAGE_SIZES[0];
    this.page = 0;
  }
  ResultTable.prototype.sortBy = function (variable) {
    this.descending = this.sortedBy === variable ? !this.descending : false;
    this.sortedBy = variable;
    const sign = this.descending ? -1 : 1;
    // stable: equal values keep the query's own order
    this.order = this.rows.map(function (row, i) { return [row, i]; }).sort(function (x, y) {
      const unbound = (x[0][variable] ? 0 : 1) - (y[0][variable] ? 0 : 1);
      return unbound || sign * compare(x[0][variable], y[0][variable]) || x[1] - y[1];
    }).map(function (pair) { return pair[0]; });
    this.page = 0;
  };
  ResultTable.prototype.render = function () {
    const self = this;
    const wrapper = document.createElement("div");
    const scroller = document.createElement("div");
    scroller.className = "table-scroll";
    const table = document.createElement("table");
    table.className = "results";
    const head = table.createTHead().insertRow();
    this.vars.forEach(function (v) {
      const th = document.createElement("th");
      th.scope = "col";
      th.setAttribute("aria-sort", self.sortedBy !== v ? "none" : (self.descending ? "descending" : "ascending"));
      const button = document.createElement("button");
      button.type = "button"; button.className = "sort"; button.textContent = "?" + v;
      button.title = words.sort;
      button.addEventListener("click", function () { self.sortBy(v); self.show(); });
      th.appendChild(button);
      head.appendChild(th);
    });
    const rows = table.createTBody();
    const start = this.page * this.size;
    this.order.slice(start, start + this.size).forEach(function (binding) {
      const tr = rows.insertRow();
      self.vars.forEach(function (v) { tr.appendChild(cell(binding[v])); });
    });
    scroller.appendChild(table);
    wrapper.appendChild(scroller);
    wrapper.appendChild(this.pager());
    return wrapper;
  };
  ResultTable.prototype.pager = function () {
    const self = this;
    const nav = document.createElement("nav");
    nav.className = "pager";
    nav.setAttribute("aria-label", words.page_size);
    const pages = Math.max(1, Math.ceil(this.order.length / this.size));
    const previous = document.createElement("button");
    previous.type = "button"; previous.id = "previous-page"; previous.textContent = words.previous;
    previous.disabled = this.page === 0;
    previous.addEventListener("click", function () { self.page -= 1; self.show(); });
    const next = document.createElement("button");
    next.type = "button"; next.id = "next-page"; next.textContent = words.next;
    next.disabled = this.page >= pages - 1;
    next.addEventListener("click", function () { self.page += 1; self.show(); });
    const where = document.createElement("span");
    where.id = "rows-shown";
    const first = this.order.length ? this.page * this.size + 1 : 0;
    const last = Math.min(this.order.length, (this.page + 1) * this.size);
    where.textContent = first + "–" + last + " / " + this.order.length + " " + words.rows;
    const label = document.createElement("label");
    label.textContent = words.page_size + " ";
    const size = document.createElement("select");
    size.id = "page-size";
    PAGE_SIZES.forEach(function (n) {
      const option = document.createElement("option");
      option.value = String(n); option.textContent = String(n); option.selected = n === self.size;
      size.appendChild(option);
    });
    size.addEventListener("change", function () { self.size = Number(size.value); self.page = 0; self.show(); });
    label.appendChild(size);
    nav.append(previous, where, next, label);
    return nav;
  };
  ResultTable.prototype.show = function () { results.replaceChildren(this.render()); };

  // -- running -----------------------------------------------------------------------------
  function post(text, accept) {
    return fetch(form.action, {
      method: "POST",
      headers: { "Content-Type": "application/sparql-query", "Accept": accept },
      body: text,
    });
  }

  async function showError(response) {
    let error = { status: response.status, error: response.statusText };
    try { error = await response.json(); } catch (ignored) { /* not our error shape */ }
    const p = document.createElement("p");
    p.className = "error";
    p.textContent = error.status + " " + error.error + (error.hint ? " — " + error.hint : "");
    results.replaceChildren(p);
    if (editor && error.position && error.position.line) {
      editor.markError(error.position.line, error.position.column || 1, error.error);
    }
  }

  async function run(event) {
    if (event && event.preventDefault) { event.preventDefault(); }
    const text = queryText();
    remember(text);
    status.textContent = words.running;
    results.replaceChildren();
    downloads.hidden = true;
    const started = performance.now();
    try {
      const response = await post(text, "application/sparql-results+json,text/turtle;q=0.9");
      const elapsed = Math.round(performance.now() - started) + " ms";
      status.textContent = elapsed;
      if (!response.ok) { await showError(response); return; }
      downloads.hidden = false;
      const type = response.headers.get("content-type") || "";
      const graph = type.startsWith("text/turtle");  // CONSTRUCT, DESCRIBE: an RDF graph
      csvButton.textContent = graph ? "Turtle" : "CSV";
      jsonButton.textContent = graph ? "JSON-LD" : "JSON";
      if (type.startsWith("application/sparql-results+json")) {
        const body = await response.json();
        if (typeof body.boolean === "boolean") {
          const p = document.createElement("p"); p.id = "answer"; p.textContent = String(body.boolean);
          results.replaceChildren(p);
          return;
        }
        status.textContent = body.results.bindings.length + " " + words.rows + " · " + elapsed;
        new ResultTable(body).show();
        if (!body.results.bindings.length) {
          const p = document.createElement("p"); p.textContent = words.no_rows; results.appendChild(p);
        }
      } else {
        const pre = document.createElement("pre"); pre.textContent = await response.text();
        results.replaceChildren(pre);
      }
    } catch (error) {
      status.textContent = String(error);
    }
  }

  // Downloads run the query again in the chosen format and save what the server sends.
  const EXTENSIONS = {
    "text/csv": "csv", "application/sparql-results+json": "json",
    "text/turtle": "ttl", "application/ld+json": "jsonld",
  };
  async function download(accept) {
    const response = await post(queryText(), accept);
    if (!response.ok) { await showError(response); return; }
    const type = (response.headers.get("content-type") || "").split(";")[0].trim();
    const blob = await response.blob();
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = "policykg-results." + (EXTENSIONS[type] || "txt");
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
  }
  csvButton.addEventListener("click", function () {
    download("text/csv,text/turtle;q=0.9");
  });
  jsonButton.addEventListener("click", function () {
    download("application/sparql-results+json,application/ld+json;q=0.9");
  });

  form.addEventListener("submit", run);
  textarea.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { run(event); }
  });
  if (setup.fromUrl) { run(); }  // a permalink shows its results
}());
