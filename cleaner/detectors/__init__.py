"""Detectors: each reads a Document and returns Labels (kind, reason, confidence, span).

They run in this order; a later detector may look at the labels of earlier ones (the page
end follows the furniture's markers, the teaser detector steps over blocks already labelled).
"""

from . import (
    author_notes,
    boilerplate,
    bylines,
    captions,
    closers,
    comment_runs,
    dates,
    duplicates,
    headlines,
    link_lists,
    page_end,
    references,
    replies,
    stamped_links,
    teasers,
)

_MODULES = (boilerplate, dates, captions, bylines, author_notes, duplicates, references, comment_runs, replies,
            page_end, link_lists, stamped_links, closers,
            teasers, headlines)
DEFAULT_DETECTORS = tuple(module.detect for module in _MODULES)
# every kind they remove, each once, in the detectors' order
KINDS: tuple[str, ...] = tuple(dict.fromkeys(kind for module in _MODULES for kind in module.KINDS))
