// Regions that scroll (wide tables and formulas, long outputs) must be reachable with the
// keyboard: make each one focusable, as Material does for its own code blocks.
(function () {
  function focusable() {
    for (const el of document.querySelectorAll("article pre, article div")) {
      if (el.hasAttribute("tabindex")) continue;
      const style = getComputedStyle(el);
      const scrollsX = /auto|scroll/.test(style.overflowX) && el.scrollWidth > el.clientWidth;
      const scrollsY = /auto|scroll/.test(style.overflowY) && el.scrollHeight > el.clientHeight;
      if (scrollsX || scrollsY) el.setAttribute("tabindex", "0");
    }
  }
  if (window.document$) window.document$.subscribe(focusable);
  else document.addEventListener("DOMContentLoaded", focusable);
})();
