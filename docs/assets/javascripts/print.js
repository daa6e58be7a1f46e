// The printable course (print/): the page arrives with a link per part of the course, and
// this script fills the parts from course.json (written by hooks/printable.py). A part is
// filled when it comes near the screen, and every part when the reader prints: the whole
// course inline made a phone wait seconds for the first paint, and filling all of it at once
// kept the page busy for seconds more. At load only a part already on the screen is filled:
// on a phone the first part starts two screens down, and laying out that lesson (17 000 px)
// and parsing course.json (4 MB) held the page up for a second on a slow phone; once the
// reader scrolls, parts are filled two screens ahead. course.json is kept as it arrived, in
// bytes, and decoded and parsed only when the first part is filled: decoding it as text at
// load was a task of 165 ms at a 4x slower CPU. The status line says whether the course has
// arrived; it prints too while it has not, so an incomplete printout says so.
(function () {
  const course = document.querySelector(".print-course[data-sections]");
  const status = document.querySelector(".print-status[role=status]");
  if (!course || !status) return;
  status.hidden = false;
  let bytes = null; // course.json as it arrived
  let sections = null; // {section id: its HTML}, parsed from `bytes` when first needed
  const near = new Set(); // pending parts near the screen, to fill once the course arrives

  function say(state) {
    status.textContent = status.dataset[state] || "";
    status.dataset.state = state;
  }

  function fill(section) {
    if (!section.hasAttribute("data-print-pending")) return;
    sections = sections || JSON.parse(new TextDecoder().decode(bytes));
    section.innerHTML = sections[section.id] || "";
    section.removeAttribute("data-print-pending");
    observer.unobserve(section);
  }

  function fillNear() {
    // One part per task, so that the reader's scrolling is never held up for long; and the
    // next one only once the page has been laid out with it, two frames later, when the
    // observer has said which parts the filled one pushed away from the screen (they were
    // filled too when this went on at once: a second lesson, 20 000 px below, at load).
    const section = near.values().next().value;
    if (!section || bytes === null) return;
    near.delete(section);
    fill(section);
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        setTimeout(fillNear, 0);
      });
    });
  }

  function watch(margin) {
    const watching = new IntersectionObserver(
      function (entries) {
        for (const entry of entries) {
          if (entry.isIntersecting) near.add(entry.target);
          else near.delete(entry.target);
        }
        fillNear();
      },
      { rootMargin: margin },
    );
    for (const section of course.querySelectorAll("[data-print-pending]")) {
      watching.observe(section);
    }
    return watching;
  }
  let observer = watch("0px");
  window.addEventListener(
    "scroll",
    function () {
      observer.disconnect();
      near.clear();
      observer = watch("200% 0px");
    },
    { once: true, passive: true },
  );

  function showHash() {
    // #sec-mlp or #sec-mlp--a-heading: fill that part first, then go to the heading.
    const id = decodeURIComponent(location.hash.slice(1));
    const section = id && document.getElementById(id.split("--")[0]);
    if (bytes === null || !section || !section.matches(".print-section")) return;
    fill(section);
    const target = document.getElementById(id);
    if (target) target.scrollIntoView();
  }

  window.addEventListener("hashchange", showHash);
  window.addEventListener("beforeprint", function () {
    if (bytes === null) return; // not arrived: the status line prints and says so
    for (const section of course.querySelectorAll("[data-print-pending]")) fill(section);
  });

  function load() {
    fetch(course.dataset.sections)
      .then(function (response) {
        if (!response.ok) throw new Error(response.status + " " + response.statusText);
        return response.arrayBuffer();
      })
      .then(function (data) {
        bytes = data;
        say("ready");
        showHash();
        fillNear();
      })
      .catch(function () {
        say("failed");
      });
  }

  if (document.readyState === "complete") load();
  else window.addEventListener("load", load);
})();
