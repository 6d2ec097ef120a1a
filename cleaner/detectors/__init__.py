"""Detectors: each reads a Document and returns Labels (kind, reason, confidence, span).

They run in this order; a later detector may look at the labels of earlier ones (the
teaser detector steps over blocks already labelled as furniture).
"""

from . import boilerplate, bylines, captions, dates, headlines, page_end, teasers

_MODULES = (boilerplate, dates, captions, bylines, teasers, page_end, headlines)
DEFAULT_DETECTORS = tuple(module.detect for module in _MODULES)
KINDS: tuple[str, ...] = tuple(kind for module in _MODULES for kind in module.KINDS)  # every kind they remove
