// Pan and zoom for the network picture (no library, no inline script: the page's CSP).
// Drag to pan, wheel or two fingers to zoom, or the +, − and reset buttons. The labels
// keep one size on screen: at each zoom the level whose labels are at least MIN_PX
// high is shown (graph/network_labels.py placed each level's labels without overlap).
(function () {
  "use strict";
  const svg = document.getElementById("network");
  if (!svg) return;
  const MIN_PX = 11;
  const levels = svg.dataset.levels.split(",").map(Number);
  const font = Number(svg.dataset.font);
  const original = svg.getAttribute("viewBox");
  const box = original.trim().split(/[\s,]+/).map(Number);
  const home = { x: box[0], y: box[1], w: box[2], h: box[3] };
  let view = Object.assign({}, home);

  function pixelsPerUnit() {
    const r = svg.getBoundingClientRect();
    return Math.min(r.width / view.w, r.height / view.h);
  }
  function pickLevel() {
    const p = pixelsPerUnit();
    let chosen = 0;
    levels.forEach(function (level, index) {
      if ((font / level) * p >= MIN_PX) chosen = index;
    });
    svg.dataset.level = String(chosen);
  }
  function apply() {
    svg.setAttribute("viewBox", [view.x, view.y, view.w, view.h].join(" "));
    pickLevel();
  }
  function toUnits(clientX, clientY) {
    const r = svg.getBoundingClientRect();
    const p = pixelsPerUnit();
    const left = (r.width - view.w * p) / 2, top = (r.height - view.h * p) / 2;
    return { x: view.x + (clientX - r.left - left) / p, y: view.y + (clientY - r.top - top) / p };
  }
  function zoom(factor, at) {
    const width = Math.min(home.w, Math.max(home.w / 32, view.w / factor));
    const f = view.w / width;
    view = { x: at.x - (at.x - view.x) / f, y: at.y - (at.y - view.y) / f, w: width, h: view.h / f };
    apply();
  }
  function centre() {
    return { x: view.x + view.w / 2, y: view.y + view.h / 2 };
  }

  svg.addEventListener("wheel", function (event) {
    event.preventDefault();
    zoom(event.deltaY < 0 ? 1.25 : 0.8, toUnits(event.clientX, event.clientY));
  }, { passive: false });

  const pointers = new Map();
  let moved = 0, pinch = null;
  svg.addEventListener("pointerdown", function (event) {
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    moved = 0;
    if (pointers.size === 2) {
      const [a, b] = Array.from(pointers.values());
      pinch = Math.hypot(a.x - b.x, a.y - b.y);
    }
  });
  svg.addEventListener("pointermove", function (event) {
    const last = pointers.get(event.pointerId);
    if (!last) return;
    const now = { x: event.clientX, y: event.clientY };
    if (pointers.size === 1) {
      const p = pixelsPerUnit();
      moved += Math.abs(now.x - last.x) + Math.abs(now.y - last.y);
      if (moved > 4 && !svg.hasPointerCapture(event.pointerId)) svg.setPointerCapture(event.pointerId);
      view.x -= (now.x - last.x) / p;
      view.y -= (now.y - last.y) / p;
      pointers.set(event.pointerId, now);
      apply();
    } else if (pointers.size === 2) {
      pointers.set(event.pointerId, now);
      const [a, b] = Array.from(pointers.values());
      const distance = Math.hypot(a.x - b.x, a.y - b.y);
      if (pinch) zoom(distance / pinch, toUnits((a.x + b.x) / 2, (a.y + b.y) / 2));
      pinch = distance;
      moved = 99;
    }
  });
  function release(event) {
    pointers.delete(event.pointerId);
    if (pointers.size < 2) pinch = null;
  }
  svg.addEventListener("pointerup", release);
  svg.addEventListener("pointercancel", release);
  // a drag is no click on the node it started on
  svg.addEventListener("click", function (event) {
    if (moved > 4) event.preventDefault();
  }, true);

  document.getElementById("zoom-in").addEventListener("click", function () { zoom(1.5, centre()); });
  document.getElementById("zoom-out").addEventListener("click", function () { zoom(1 / 1.5, centre()); });
  document.getElementById("zoom-reset").addEventListener("click", function () {
    view = Object.assign({}, home);
    svg.setAttribute("viewBox", original);
    pickLevel();
  });
  window.addEventListener("resize", pickLevel);
  pickLevel();
  svg.dataset.ready = "1";
})();
