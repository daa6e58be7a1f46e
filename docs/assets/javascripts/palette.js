// Switching the colour scheme stays instant: while <body> has the class course-switching, the
// palette stylesheet turns transitions off. hooks/palette_switch.py keys Material's rule on this
// class instead of the attribute that Material sets, and removes, at every load (each change of
// it restyled the whole page). Capture phase: the class is there before Material's listener
// changes the scheme; it goes two frames later, once the new colours have been styled.
// In the first frame, the page's own color-scheme meta tag (hooks/palette_switch.py) follows
// the new scheme, as the one that Material's bundle keeps would: the bundle's tag is never
// added to <head>, since adding or editing one restyles the whole page even when the scheme
// stays the same.
document.addEventListener(
  "change",
  function (event) {
    if (!event.target.closest("[data-md-component=palette]")) return;
    document.body.classList.add("course-switching");
    requestAnimationFrame(function () {
      var meta = document.querySelector("meta[name=color-scheme]");
      var scheme = document.body.getAttribute("data-md-color-scheme");
      if (meta) meta.content = scheme === "slate" ? "dark" : "light";
      requestAnimationFrame(function () {
        document.body.classList.remove("course-switching");
      });
    });
  },
  true,
);
