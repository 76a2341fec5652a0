// Split by span from the review queue: text selected inside a quote shown beside an item
// (a low-confidence fact, or an entity of a look-alike pair) fills that item's split form, the quote and its start in the document's source text
// and end (counted in code points, as the server counts). Typing the quote instead clears
// them: the server then finds the quote in the text (it must occur once).
"use strict";

function sourceOf(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  return element ? element.closest("[data-span-start]") : null;
}

document.addEventListener("selectionchange", () => {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
  const range = selection.getRangeAt(0);
  const source = sourceOf(range.commonAncestorContainer);
  const form = source && document.getElementById(source.dataset.splitForm);
  if (!form) return;
  const before = document.createRange();
  before.selectNodeContents(source);
  before.setEnd(range.startContainer, range.startOffset);
  const start = Number(source.dataset.spanStart) + Array.from(before.toString()).length;
  const quote = range.toString();
  form.elements.quote.value = quote;
  // beside a look-alike, each quote may come from another document
  if (source.dataset.spanDocument) form.elements.document.value = source.dataset.spanDocument;
  form.elements.start.value = String(start);
  form.elements.end.value = String(start + Array.from(quote).length);
});

document.addEventListener("input", (event) => {
  const form = event.target.form;
  if (form && form.classList.contains("split-span") && event.target.name === "quote") {
    form.elements.start.value = "";
    form.elements.end.value = "";
  }
});
