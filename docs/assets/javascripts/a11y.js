// Material wraps every table in a scrolling container after the page loads; make each
// one reachable with the keyboard (axe: scrollable-region-focusable). No measuring: a
// table that fits simply gets one more tab stop.
(function () {
  function focusableTables() {
    for (const wrap of document.querySelectorAll(".md-typeset__scrollwrap:not([tabindex])")) {
      wrap.setAttribute("tabindex", "0");
    }
  }
  if (window.document$) window.document$.subscribe(focusableTables);
  else document.addEventListener("DOMContentLoaded", focusableTables);
})();
