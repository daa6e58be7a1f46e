"""MkDocs hook: ``make serve`` sees a save a tenth of a second after it, not up to half a second.

MkDocs watches the sources by polling them (watchdog's ``PollingObserver``, which works the
same on every system and file system) every half second, and ``mkdocs serve`` has no option
to change it: a save waited 0.25 s on average, 0.5 s at worst, before the rebuild began, a
sixth of the time from save to page. Here every watch polls every :data:`POLL_S` seconds,
those MkDocs set up before this event and those added after it (``watch:`` in ``mkdocs.yml``).
One poll of ``docs/`` (about a hundred files) takes about a millisecond.

watchdog keeps the interval in a private attribute, read through each emitter's and the
observer's public ``timeout``; ``tests/test_serve_watch.py`` fails if that ever changes.
"""

from __future__ import annotations

import mkdocs.plugins

POLL_S = 0.1


@mkdocs.plugins.event_priority(-100)  # after the hooks that add their own paths
def on_serve(server, config, builder):
    observer = server.observer
    observer._timeout = POLL_S  # the watches scheduled from now on
    for emitter in observer.emitters:  # and those already scheduled
        emitter._timeout = POLL_S
    return server
