// Tooltips for every element with a title (glossary terms, permalinks, header and code buttons),
// drawn with the theme's own markup and styles (.md-tooltip2), as its content.tooltips feature
// does. The theme sets up listeners for each such element when the page starts: on the
// optimizers lesson (69 of them) that was half of the page's start-up task on a slow phone.
// Here a handful of listeners on the document serve them all, also the buttons that the theme
// adds later, and nothing runs until a pointer or the focus reaches one.
//
// As in the theme: the tooltip shows below its element while the pointer is on the element or
// the element has the focus; it fades out as they leave, and is gone 250 ms later. While
// it shows, the element's title moves into the tooltip (so the browser's own tooltip does not
// show as well) and the element points to it with aria-describedby. Unlike the theme, Escape
// hides it at once (WCAG 1.4.13: content shown on hover can be dismissed).
(function () {
  var HIDE_MS = 250;
  var tip = null;
  var inner = null;
  var host = null; // the element whose title the tooltip shows
  var title = "";
  var hovered = false; // the pointer is on the host
  var focused = false; // the host has the focus
  var dismissed = false; // Escape hid the tooltip; it stays hidden until pointer and focus leave
  var timer = 0;

  function make() {
    tip = document.createElement("div");
    tip.className = "md-tooltip2";
    tip.setAttribute("role", "tooltip");
    tip.id = "course-tooltip";
    inner = document.createElement("div");
    inner.className = "md-tooltip2__inner md-typeset";
    tip.append(inner);
  }

  function place() {
    if (!host.isConnected) return release();
    var box = host.getBoundingClientRect();
    tip.style.setProperty("--md-tooltip-host-x", box.x + scrollX + "px");
    tip.style.setProperty("--md-tooltip-host-y", box.y + scrollY + "px");
    tip.style.setProperty("--md-tooltip-x", box.width / 2 + "px");
    tip.style.setProperty("--md-tooltip-y", 8 + box.height + "px");
  }

  // Puts the title back and takes the tooltip off the page.
  function release() {
    clearTimeout(timer);
    if (!host) return;
    host.setAttribute("title", title);
    host.removeAttribute("aria-describedby");
    removeEventListener("scroll", place, true);
    removeEventListener("resize", place);
    tip.remove();
    host = null;
    hovered = focused = dismissed = false;
  }

  // Shows the title of element, which the pointer ("hover") or the focus ("focus") has reached.
  function show(element, how) {
    if (element !== host) {
      release();
      if (!tip) make();
      host = element;
      title = element.getAttribute("title");
      element.removeAttribute("title");
      inner.textContent = title;
      tip.classList.remove("md-tooltip2--active");
      tip.classList.add("md-tooltip2--bottom");
      tip.style.setProperty("--md-tooltip-tail", "0px");
      document.body.append(tip);
      tip.style.setProperty("--md-tooltip-width", inner.offsetWidth + "px");
      place();
      element.setAttribute("aria-describedby", tip.id);
      addEventListener("scroll", place, { capture: true, passive: true });
      addEventListener("resize", place);
    }
    if (how === "hover") hovered = true;
    else focused = true;
    clearTimeout(timer);
    if (dismissed) return;
    // The next frame, so that the tooltip is on the page before it fades in.
    requestAnimationFrame(function () {
      if (host === element && (hovered || focused) && !dismissed) {
        tip.classList.add("md-tooltip2--active");
      }
    });
  }

  function hideSoon() {
    if (!host || hovered || focused) return;
    if (dismissed) return release(); // already off the page
    clearTimeout(timer);
    tip.classList.remove("md-tooltip2--active");
    timer = setTimeout(release, HIDE_MS);
  }

  // The element with a title under the pointer or the focus: the host keeps its place while the
  // pointer moves over what it contains, although its title is in the tooltip for now.
  function owner(target) {
    if (!(target instanceof Element)) return null;
    if (host && host.contains(target)) return host;
    var element = target.closest("[title]");
    return element && element !== document.documentElement ? element : null;
  }

  document.addEventListener("mouseover", function (event) {
    var element = owner(event.target);
    if (!element || (element !== host && !element.getAttribute("title"))) return;
    show(element, "hover");
  });

  document.addEventListener("mouseout", function (event) {
    if (!host) return;
    var to = event.relatedTarget;
    if (to instanceof Node && host.contains(to)) return;
    hovered = false;
    hideSoon();
  });

  document.addEventListener("focusin", function (event) {
    var element = owner(event.target);
    if (element !== event.target || (element !== host && !element.getAttribute("title"))) return;
    show(element, "focus");
  });

  document.addEventListener("focusout", function (event) {
    if (event.target !== host) return;
    focused = false;
    hideSoon();
  });

  // Escape takes the tooltip off the page; the title stays in it until pointer and focus leave
  // the element, or the browser would show its own tooltip at the next move.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || !host || dismissed) return;
    dismissed = true;
    clearTimeout(timer);
    tip.classList.remove("md-tooltip2--active");
    tip.remove();
  });
})();
