// The query editor: examples, Ctrl+Enter to run, results as a table or as text.
(function () {
  "use strict";
  const form = document.getElementById("editor");
  const query = document.getElementById("query");
  const picker = document.getElementById("example");
  const accept = document.getElementById("accept");
  const status = document.getElementById("status");
  const results = document.getElementById("results");
  const examples = JSON.parse(document.getElementById("examples").textContent);

  examples.forEach(function (example, index) {
    const option = document.createElement("option");
    option.value = String(index);
    option.textContent = example.title;
    picker.appendChild(option);
  });
  picker.addEventListener("change", function () {
    if (picker.value !== "") { query.value = examples[Number(picker.value)].query; }
  });
  const fromUrl = new URLSearchParams(window.location.search).get("query");
  query.value = fromUrl || (examples.length ? examples[0].query : "SELECT * WHERE { ?s ?p ?o } LIMIT 10");

  function cell(term) {
    const td = document.createElement("td");
    if (!term) { return td; }
    if (term.type === "uri") {
      const a = document.createElement("a");
      a.href = term.value; a.textContent = term.value; td.appendChild(a);
    } else {
      td.textContent = term.value;
      if (term["xml:lang"]) { td.lang = term["xml:lang"]; }
    }
    return td;
  }

  function table(body) {
    if (typeof body.boolean === "boolean") {
      const p = document.createElement("p"); p.textContent = String(body.boolean); return p;
    }
    const t = document.createElement("table");
    const head = t.createTHead().insertRow();
    body.head.vars.forEach(function (v) {
      const th = document.createElement("th"); th.scope = "col"; th.textContent = "?" + v; head.appendChild(th);
    });
    const rows = t.createTBody();
    body.results.bindings.forEach(function (binding) {
      const tr = rows.insertRow();
      body.head.vars.forEach(function (v) { tr.appendChild(cell(binding[v])); });
    });
    return t;
  }

  async function run(event) {
    if (event) { event.preventDefault(); }
    status.textContent = "…";
    results.replaceChildren();
    const started = performance.now();
    try {
      const response = await fetch(form.action, {
        method: "POST",
        headers: { "Content-Type": "application/sparql-query", "Accept": accept.value },
        body: query.value,
      });
      const type = response.headers.get("content-type") || "";
      const elapsed = Math.round(performance.now() - started) + " ms";
      if (!response.ok) {
        const error = await response.json();
        const p = document.createElement("p"); p.className = "error";
        p.textContent = error.status + " " + error.error + (error.hint ? " — " + error.hint : "");
        results.appendChild(p); status.textContent = elapsed; return;
      }
      if (type.startsWith("application/sparql-results+json")) {
        const body = await response.json();
        results.appendChild(table(body));
        status.textContent = (body.results ? body.results.bindings.length + " rows · " : "") + elapsed;
      } else {
        const pre = document.createElement("pre"); pre.textContent = await response.text();
        results.appendChild(pre); status.textContent = elapsed;
      }
    } catch (error) {
      status.textContent = String(error);
    }
  }
  form.addEventListener("submit", run);
  query.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { run(event); }
  });
}());
