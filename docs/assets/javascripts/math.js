// Typeset math with the site's own KaTeX: arithmatex spans in pages and raw $…$ in notebooks.
// Formulas are typeset a few at a time, yielding to the browser between slices, so a long
// notebook never blocks the page; <body data-math="done"> marks the end (the tests wait for it).
(function () {
  const options = {
    delimiters: [
      { left: "$$", right: "$$", display: true },
      { left: "\\[", right: "\\]", display: true },
      { left: "$", right: "$", display: false },
      { left: "\\(", right: "\\)", display: false },
    ],
    ignoredTags: ["script", "noscript", "style", "textarea", "pre", "code", "option"],
    ignoredClasses: ["jp-OutputArea", "highlight-ipynb"],
    throwOnError: false,
  };
  const SLICE_MS = 15;
  function typeset() {
    const root = document.querySelector("article") || document.body;
    if (!window.renderMathInElement) return;
    // Units that hold math: arithmatex spans (pages) and Markdown cells (notebooks).
    const units = [...root.querySelectorAll(".arithmatex, .jp-MarkdownCell")];
    if (!units.length) units.push(root);
    let next = 0;
    // Printing cannot wait for the slices: typeset whatever is left at once.
    window.addEventListener("beforeprint", () => {
      while (next < units.length) window.renderMathInElement(units[next++], options);
    });
    function slice() {
      const start = performance.now();
      while (next < units.length && performance.now() - start < SLICE_MS) {
        window.renderMathInElement(units[next++], options);
      }
      if (next < units.length) setTimeout(slice, 0);
      else document.body.dataset.math = "done";
    }
    // Start once Material has set the page up, so our work does not add to its first task.
    setTimeout(slice, 0);
  }
  if (window.document$) window.document$.subscribe(typeset);
  else document.addEventListener("DOMContentLoaded", typeset);
})();
