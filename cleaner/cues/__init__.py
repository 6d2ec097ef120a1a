"""Word lists and patterns the detectors use: data, kept apart from the logic that applies it.

Each module covers the languages news is written in, not English alone. Add a language by
adding its words here; no detector needs to change.
"""
