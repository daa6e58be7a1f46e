// Typeset math with the site's own KaTeX: arithmatex spans in pages and raw $…$ in notebooks.
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
  function typeset() {
    const root = document.querySelector("article") || document.body;
    if (window.renderMathInElement) window.renderMathInElement(root, options);
  }
  if (window.document$) window.document$.subscribe(typeset);
  else document.addEventListener("DOMContentLoaded", typeset);
})();
