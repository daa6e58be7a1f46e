// What every interactive figure's page part shares (loaded before the figures): building
// markup, building each figure only when its <div class="course-figure"
// data-figure="NAME"> first comes near the screen, and knowing whether it is on screen.
(function (root) {
  "use strict";

  // element("div", {class: "x"}, [child, "text"]); "svg:NAME" makes an SVG element.
  function element(tag, attributes = {}, children = []) {
    const el = tag.startsWith("svg:")
      ? document.createElementNS("http://www.w3.org/2000/svg", tag.slice(4))
      : document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    for (const child of children) el.append(child);
    return el;
  }

  // Calls build(host) once for every host of the figure `name`, when it scrolls into view.
  function whenVisible(name, build) {
    function setUp() {
      const hosts = document.querySelectorAll(`.course-figure[data-figure="${name}"]:not(.course-figure--ready)`);
      if (!hosts.length) return;
      if (!("IntersectionObserver" in window)) return hosts.forEach(build);
      const observer = new IntersectionObserver((entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting && !entry.target.classList.contains("course-figure--ready")) {
            observer.unobserve(entry.target);
            build(entry.target);
          }
        }
      }, { rootMargin: "200px" }); // prettier-ignore
      hosts.forEach((host) => observer.observe(host));
    }
    if (window.document$) window.document$.subscribe(setUp);
    else document.addEventListener("DOMContentLoaded", setUp);
  }

  // Calls change(visible) each time `host` comes into view or leaves it: the animated
  // figures run only while a reader can see them.
  function whileVisible(host, change) {
    new IntersectionObserver((entries) => change(entries[entries.length - 1].isIntersecting)).observe(host);
  }

  root.CourseFigures = { element, whenVisible, whileVisible };
})(typeof globalThis !== "undefined" ? globalThis : this);
