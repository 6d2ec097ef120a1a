"""Detectors: each reads a Document and returns Labels (kind, reason, confidence, span).

They run in this order; a later detector may look at the labels of earlier ones (the
teaser detector steps over blocks already labelled as furniture).
"""

from . import boilerplate, bylines, captions, dates, teasers

DEFAULT_DETECTORS = (boilerplate.detect, dates.detect, captions.detect, bylines.detect, teasers.detect)
