"""cleaner: turn scraped news articles into clean article text, explaining every removal."""

from .html import ExtractionError, clean_html
from .model import Label, Metadata, Removal, Result
from .pipeline import clean_text

__all__ = ["ExtractionError", "Label", "Metadata", "Removal", "Result", "clean_html", "clean_text"]
__version__ = "0.1.0"
