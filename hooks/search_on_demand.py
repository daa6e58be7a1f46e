"""MkDocs hook: a page loads the search index when the reader goes to search, not at start-up.

Material's bundle requests ``search/search_index.json`` (750 KB, both languages alike in size)
as soon as a page starts, parses it on the main thread and copies it to the search worker,
which then loads lunr's language scripts. On the network playground's lesson that was about
300 ms of the main thread in the first seconds of a slow phone (4x CPU), for a box that most
readers never open, and the theme has no setting to defer it.

A script in ``<head>`` (:data:`SCRIPT`), which runs before the bundle, holds back the one
request for the index (the bundle makes it with ``XMLHttpRequest``) until the reader shows
they are going to search: the pointer over the search box or its button, or the focus in it
(a click, a tap, or the theme's keys ``f``, ``s`` and ``/``). The index then arrives while
the reader types; until it has, the theme says that search is starting, as it always did.
A page opened from a search result (``?h=...``, the theme's ``search.highlight``) needs the
index to mark the words, so it requests it at once. Every other request goes out untouched.

``tests/test_search_on_demand.py`` checks, in the browser, that no page requests the index at
load, that search still finds a lesson, and that a result's page still marks its words; the
first fails if a theme upgrade stops using ``XMLHttpRequest`` for it.
"""

from __future__ import annotations

if __name__.startswith("hooks."):  # imported by the tests
    from hooks.site_context import inline_script
else:  # loaded by MkDocs, which puts hooks/ on sys.path
    from site_context import inline_script

INDEX = "/search/search_index.json"
_JS = """
(function () {
  var wanted = /[?&]h=/.test(location.search), held = [];
  var proto = XMLHttpRequest.prototype, open = proto.open, send = proto.send;
  proto.open = function (method, url) {
    this.courseIndex = String(url).split(/[?#]/)[0].endsWith(INDEX);
    return open.apply(this, arguments);
  };
  proto.send = function () {
    var request = this, args = arguments;
    if (!request.courseIndex || wanted) return send.apply(request, args);
    held.push(function () { send.apply(request, args); });
  };
  var want = function (event) {
    if (wanted || !(event.target instanceof Element)) return;
    if (!event.target.closest(".md-search, label[for=__search]")) return;
    wanted = true;
    held.splice(0).forEach(function (go) { go(); });
  };
  document.addEventListener("mouseover", want);
  document.addEventListener("focusin", want);
})();
""".replace("INDEX", f'"{INDEX}"')
SCRIPT = inline_script(_JS)


def hold_the_index(html_text: str) -> str:
    """The page with :data:`SCRIPT` at the end of its ``<head>`` (pages without one, as is)."""
    if SCRIPT in html_text or "</head>" not in html_text:
        return html_text
    return html_text.replace("</head>", SCRIPT + "</head>", 1)


def on_post_page(output, page, config):
    return hold_the_index(output)


def on_post_template(output, template_name, config):
    """The same for pages built from a template alone (``404.html``)."""
    return hold_the_index(output) if template_name.endswith(".html") else output
